package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Configurations that fail open are refused before anything starts (M15, L12). */
class ConfigurationGuardTest {

    static MockEnvironment production() {
        return new MockEnvironment().withProperty("ienline.production", "true")
                .withProperty("ienline.database.mode", "external")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/ienline?sslmode=verify-full")
                .withProperty("ienline.support.portal-url", "https://ienline.example.nl/portaal/mijn")
                .withProperty("ienline.supervision.base-url", "https://ienline.example.nl");
    }

    @Test
    void theOutOfTheBoxDevelopmentSetupStarts() {
        assertThat(ConfigurationGuard.problems(new MockEnvironment())).isEmpty();
        assertThat(ConfigurationGuard.problems(new MockEnvironment().withProperty("ienline.demo.enabled", "true")
                .withProperty("ienline.database.mode", "embedded"))).isEmpty();
    }

    @Test
    void demoModeRunsOnlyOnTheEmbeddedDatabase() {
        assertThat(ConfigurationGuard.problems(new MockEnvironment().withProperty("ienline.demo.enabled", "true")
                .withProperty("ienline.database.mode", "external")))
                .anySatisfy(p -> assertThat(p).startsWith("Demo mode"));
    }

    @Test
    void anExternalDatabaseNeedsProduction() {
        assertThat(ConfigurationGuard.problems(new MockEnvironment().withProperty("ienline.database.mode", "external")))
                .singleElement().satisfies(p -> assertThat(p).contains("needs ienline.production=true"));
    }

    @Test
    void aCompleteProductionConfigurationStarts() {
        assertThat(ConfigurationGuard.problems(production())).isEmpty();
        assertThat(ConfigurationGuard.problems(production().withProperty("spring.mail.host", "smtp.example.nl")
                .withProperty("spring.mail.properties.mail.smtp.starttls.required", "true"))).isEmpty();
        assertThat(ConfigurationGuard.problems(production().withProperty("spring.mail.host", "smtp.example.nl")
                .withProperty("spring.mail.protocol", "smtps"))).isEmpty();
    }

    @Test
    void productionRefusesADatabaseConnectionWithoutVerifiedTls() {
        for (String url : new String[] {"jdbc:postgresql://db.example:5432/ienline",
                "jdbc:postgresql://db.example:5432/ienline?sslmode=require",
                "jdbc:postgresql://db.example/ienline?sslmode=verify-full&sslmode=disable"}) {
            assertThat(ConfigurationGuard.problems(production().withProperty("spring.datasource.url", url)))
                    .as(url).singleElement().satisfies(p -> assertThat(p).contains("sslmode=verify-full"));
        }
        assertThat(ConfigurationGuard.problems(production()
                .withProperty("spring.datasource.url", "jdbc:postgresql://localhost/ienline")
                .withProperty("ienline.database.allow-without-tls", "true"))).as("the documented exception").isEmpty();
    }

    @Test
    void productionRefusesMailWithoutStartTls() {
        assertThat(ConfigurationGuard.problems(production().withProperty("spring.mail.host", "smtp.example.nl")))
                .singleElement().satisfies(p -> assertThat(p).contains("starttls.required=true"));
        assertThat(ConfigurationGuard.problems(production().withProperty("spring.mail.host", "smtp.example.nl")
                .withProperty("spring.mail.properties.mail.smtp.starttls.required", "false"))).hasSize(1);
    }

    @Test
    void productionRefusesLinksInMailThatAreNotHttps() {
        assertThat(ConfigurationGuard.problems(production()
                .withProperty("ienline.support.portal-url", "http://localhost:8080/portaal/mijn")))
                .singleElement().satisfies(p -> assertThat(p).contains("IENLINE_SUPPORT_PORTAL_URL"));
        MockEnvironment unset = production();
        unset.setProperty("ienline.supervision.base-url", "${IENLINE_SUPERVISION_BASE_URL_NOT_SET}");
        assertThat(ConfigurationGuard.problems(unset)).as("an environment variable that is not set")
                .singleElement().satisfies(p -> assertThat(p).contains("IENLINE_SUPERVISION_BASE_URL"));
    }
}
