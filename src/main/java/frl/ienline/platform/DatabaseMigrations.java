package frl.ienline.platform;

import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * The one Flyway set-up of ienline, used by the {@code db migrate} command (with the owner's credentials,
 * before the application starts) and by the application's start-up: with the embedded database it migrates
 * itself through this code; with an external database it never migrates and never holds the owner's
 * credentials — it only checks, as its own role, that the schema is where this version needs it, and
 * refuses to start otherwise (review H2, ADR 0014).
 */
public final class DatabaseMigrations {

    public static final String LOCATION = "classpath:db/migration";
    /** The command that brings the schema up to date. */
    public static final String COMMAND = "java -jar ienline.jar db migrate";

    private DatabaseMigrations() {
    }

    /** Where the migrations are and the role names their grants use. */
    public static FluentConfiguration configure(FluentConfiguration configuration, String appRole, String careRole) {
        if (appRole == null || appRole.isBlank() || careRole == null || careRole.isBlank()) {
            throw new IllegalStateException("The migrations need the names of the application and care roles");
        }
        return configuration.locations(LOCATION).placeholders(Map.of("appRole", appRole, "careRole", careRole));
    }

    /** A configuration for a command, without Spring. */
    public static FluentConfiguration configure(String url, String user, String password, String appRole,
            String careRole) {
        return configure(Flyway.configure(DatabaseMigrations.class.getClassLoader()).dataSource(url, user, password),
                appRole, careRole);
    }

    /**
     * Refuses (with what to do) unless every migration of this version is applied and none differs: the check
     * of an application that may not migrate. Needs only SELECT on Flyway's history table.
     */
    public static void requireUpToDate(Flyway flyway) {
        ValidateResult result;
        MigrationInfo[] pending;
        try {
            result = flyway.validateWithResult();
            pending = flyway.info().pending();
        } catch (FlywayException e) {
            throw new IllegalStateException("Could not check the database schema as the application's role ("
                    + e.getMessage().lines().findFirst().orElse("") + "). Run " + COMMAND
                    + " with the owner's credentials first (docs/operations.md).", e);
        }
        if (pending.length > 0) {
            throw new IllegalStateException("The database schema is behind this version of ienline: "
                    + pending.length + " migration(s) not applied, the first " + pending[0].getVersion() + ". Run "
                    + COMMAND + " with the owner's credentials first (docs/operations.md).");
        }
        if (!result.validationSuccessful) {
            throw new IllegalStateException("The database schema differs from this version of ienline: "
                    + result.invalidMigrations.stream().map(m -> m.version + " " + m.errorDetails.errorMessage)
                            .collect(Collectors.joining("; "))
                    + ". Run " + COMMAND + ", or restore the migrations this database was made with.");
        }
    }
}
