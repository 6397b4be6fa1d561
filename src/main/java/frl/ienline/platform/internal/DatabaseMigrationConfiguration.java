package frl.ienline.platform.internal;

import frl.ienline.platform.DatabaseMigrations;
import frl.ienline.platform.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Flyway at start-up, through {@link DatabaseMigrations} like the {@code db migrate} command. The embedded
 * database (development, demo, tests) migrates itself as its owner role. An external database is never
 * migrated by the application: it checks as its own role that the schema is up to date and refuses to
 * start otherwise. In production it also refuses to start while the owner's credentials are in its
 * configuration or environment: they belong to the migration step alone (review H2).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMigrationConfiguration {

    static final String OWNER_PASSWORD_VARIABLE = "IENLINE_DB_OWNER_PASSWORD";

    @Bean
    FlywayConfigurationCustomizer ienlineMigrations(@Value("${ienline.database.mode:embedded}") String mode,
            @Value("${spring.datasource.username:}") String appRole,
            @Value("${ienline.database.care.username:}") String careRole) {
        boolean embedded = !"external".equals(mode);
        return configuration -> DatabaseMigrations.configure(configuration,
                embedded ? EmbeddedPostgresServer.APP_ROLE : appRole,
                embedded ? EmbeddedPostgresServer.CARE_ROLE : careRole);
    }

    @Bean
    FlywayMigrationStrategy ienlineMigrationStrategy(@Value("${ienline.database.mode:embedded}") String mode,
            @Value("${ienline.production:false}") boolean production, Environment environment) {
        if (!"external".equals(mode)) {
            return flyway -> flyway.migrate();
        }
        if (production) {
            refuseOwnerCredentials(environment);
        }
        return DatabaseMigrations::requireUpToDate;
    }

    static void refuseOwnerCredentials(Environment environment) {
        for (String name : new String[] {"spring.flyway.user", "spring.flyway.password", OWNER_PASSWORD_VARIABLE}) {
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
                throw new IllegalStateException(name + " is set for the running application. In production it never"
                        + " holds the owner role's credentials: migrations run before it, as their own step ("
                        + DatabaseMigrations.COMMAND + ", docs/operations.md). Remove it from the application's"
                        + " configuration and environment.");
            }
        }
    }
}
