package frl.ienline.platform.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses, before any bean is created (so before a database connection or a migration), configurations that
 * fail open (ADR 0015):
 * <ul>
 * <li>M15: demo mode on anything but the embedded database; an external database without
 * {@code ienline.production=true}. An external database holds real data, so it always gets production's rules
 * (required keys, no demo accounts, secure cookies); the embedded one is for trying ienline out.</li>
 * <li>L12, in production: a JDBC URL without {@code sslmode=verify-full} (unless
 * {@code ienline.database.allow-without-tls=true}, for a database on the same host); mail without STARTTLS
 * required (or SMTPS); links in e-mails that are not https.</li>
 * </ul>
 * The other production checks (no embedded database, no demo mode, no demo rows, keys) live beside it.
 */
@Component
class ConfigurationGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    /** Properties holding addresses that e-mails link to; production needs https. */
    static final List<String> LINK_PROPERTIES = List.of("ienline.support.portal-url", "ienline.supervision.base-url");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("ienline refuses to start: " + String.join(" ", problems)
                    + " (docs/operations.md, ADR 0015)");
        }
    }

    static List<String> problems(Environment env) {
        List<String> problems = new ArrayList<>();
        boolean production = env.getProperty("ienline.production", Boolean.class, false);
        boolean demo = env.getProperty("ienline.demo.enabled", Boolean.class, false);
        boolean embedded = "embedded".equals(env.getProperty("ienline.database.mode", "embedded"));
        if (demo && !embedded) {
            problems.add("Demo mode (ienline.demo.enabled=true) runs only on the embedded database, never on an"
                    + " external one.");
        }
        if (!embedded && !production) {
            problems.add("An external database (ienline.database.mode=external) holds real data and needs"
                    + " ienline.production=true: start with --spring.profiles.active=prod.");
        }
        if (production) {
            transport(env, problems);
        }
        return problems;
    }

    private static void transport(Environment env, List<String> problems) {
        String url = property(env, "spring.datasource.url");
        if (!env.getProperty("ienline.database.allow-without-tls", Boolean.class, false)
                && (url == null || !"verify-full".equals(queryParameter(url, "sslmode")))) {
            problems.add("The database URL (IENLINE_DB_URL) needs sslmode=verify-full, so the connection is encrypted"
                    + " and the server's certificate and name are checked.");
        }
        String mailHost = property(env, "spring.mail.host");
        if (mailHost != null && !mailHost.isBlank()) {
            boolean smtps = "smtps".equalsIgnoreCase(env.getProperty("spring.mail.protocol", "smtp"))
                    || env.getProperty("spring.mail.properties.mail.smtp.ssl.enable", Boolean.class, false);
            boolean startTls = env.getProperty("spring.mail.properties.mail.smtp.starttls.required", Boolean.class, false);
            if (!smtps && !startTls) {
                problems.add("Mail needs spring.mail.properties.mail.smtp.starttls.required=true (or SMTPS), so"
                        + " e-mails never travel in plain text.");
            }
        }
        for (String property : LINK_PROPERTIES) {
            String link = property(env, property);
            if (link == null || !isHttps(link)) {
                problems.add(property + " must be an https address (" + property.replace("ienline.", "IENLINE_")
                        .replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT) + ").");
            }
        }
    }

    /** The value, or {@code null} when it is not set or names an environment variable that is not set. */
    private static String property(Environment env, String name) {
        try {
            return env.getProperty(name);
        } catch (IllegalArgumentException unresolvedPlaceholder) {
            return null;
        }
    }

    static String queryParameter(String jdbcUrl, String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return null;
        }
        String found = null;
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                found = pair.substring(eq + 1).toLowerCase(Locale.ROOT); // the driver uses the last one
            }
        }
        return found;
    }

    static boolean isHttps(String address) {
        try {
            URI uri = URI.create(address.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
