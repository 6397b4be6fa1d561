package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Production never runs with the owner's credentials; only the migration step holds them (review H2). */
class DatabaseMigrationConfigurationTest {

    final DatabaseMigrationConfiguration configuration = new DatabaseMigrationConfiguration();

    @Test
    void productionRefusesToStartWithTheOwnersCredentials() {
        for (String name : new String[] {"spring.flyway.user", "spring.flyway.password", "IENLINE_DB_OWNER_PASSWORD"}) {
            MockEnvironment environment = new MockEnvironment().withProperty(name, "owner-secret");
            assertThatThrownBy(() -> configuration.ienlineMigrationStrategy("external", true, environment)).as(name)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("db migrate")
                    .hasMessageNotContaining("owner-secret");
        }
    }

    @Test
    void withoutThemProductionOnlyChecksAndTheEmbeddedDatabaseMigrates() {
        assertThatCode(() -> configuration.ienlineMigrationStrategy("external", true, new MockEnvironment()))
                .doesNotThrowAnyException();
        // development with the embedded database keeps migrating itself, also with owner credentials around
        assertThatCode(() -> configuration.ienlineMigrationStrategy("embedded", false,
                new MockEnvironment().withProperty("IENLINE_DB_OWNER_PASSWORD", "x"))).doesNotThrowAnyException();
    }
}
