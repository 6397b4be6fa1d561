package frl.ienline.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Dutch by default; {@code ?lang=en} (or another supported language) switches. On staff and public pages the
 * choice is remembered in one functional cookie ({@code Secure} wherever the session cookie is). On the
 * support portal and the anonymous report form it lives in the session only (L3): a sex worker's or
 * reporter's language must leave no cookie of its own on a shared or controlled device.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.of("nl");

    /** Paths whose language choice is kept in the session, never in a cookie of its own. */
    static final String[] SESSION_ONLY = {"/portaal", "/melden"};

    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        CookieLocaleResolver cookie = new CookieLocaleResolver("IENLINE_LANG");
        cookie.setDefaultLocale(DUTCH);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setCookieSameSite("Lax");
        cookie.setCookieSecure(secure);
        SessionLocaleResolver session = new SessionLocaleResolver();
        session.setDefaultLocaleFunction(cookie::resolveLocale);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return (sessionOnly(request) ? session : cookie).resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                (sessionOnly(request) ? session : cookie).setLocale(request, response, locale);
            }
        };
    }

    static boolean sessionOnly(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : SESSION_ONLY) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
