package frl.ienline.platform;

import java.io.PrintStream;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * {@code java -jar ienline.jar db migrate | check}: the database schema as a step of its own, before the
 * application starts (an init container, a deploy job). {@code migrate} connects as the owner role — the
 * only place its credentials are needed — and applies the migrations; {@code check} connects as the
 * application role and says whether the schema is up to date, as the application's start-up does. Runs
 * without Spring, web server or embedded database; the embedded database migrates itself at start-up.
 *
 * <p>Exit status: 0 done / up to date, 1 failed / behind, 2 usage error, 3 could not connect.
 */
public final class DatabaseCommand {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_CONNECT = 3;

    static final String URL = "IENLINE_DB_URL";
    static final String OWNER_USER = "IENLINE_DB_OWNER_USER";
    static final String OWNER_PASSWORD = "IENLINE_DB_OWNER_PASSWORD";
    static final String APP_USER = "IENLINE_DB_APP_USER";
    static final String APP_PASSWORD = "IENLINE_DB_APP_PASSWORD";
    static final String CARE_USER = "IENLINE_DB_CARE_USER";

    static final String HELP = """
            Usage: java -jar ienline.jar db migrate | check

              migrate  applies the migrations of this version, as the owner role:
                       IENLINE_DB_URL, IENLINE_DB_OWNER_USER, IENLINE_DB_OWNER_PASSWORD, and the names of the roles
                       the grants are for, IENLINE_DB_APP_USER and IENLINE_DB_CARE_USER.
              check    says whether the schema is up to date, as the application role (what the application
                       checks at start-up): IENLINE_DB_URL, IENLINE_DB_APP_USER, IENLINE_DB_APP_PASSWORD, IENLINE_DB_CARE_USER.

            Run migrate before starting a new version (an init container, a deploy step); the application itself
            never gets the owner's credentials. The embedded database (development, demo) migrates at start-up.
            Exit status: 0 done or up to date, 1 failed or behind, 2 usage error, 3 could not connect.""";

    private DatabaseCommand() {
    }

    /** Entry point from {@code frl.ienline.Commands}. */
    public static int run(String[] args) {
        CommandLogging.quiet();
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(HELP);
            return OK;
        }
        if (args.length != 1 || !(args[0].equals("migrate") || args[0].equals("check"))) {
            err.println("db: " + (args.length == 0 ? "missing subcommand" : "unknown arguments " + String.join(" ", args)));
            err.println();
            err.println(HELP);
            return USAGE;
        }
        boolean migrate = args[0].equals("migrate");
        String user = migrate ? OWNER_USER : APP_USER;
        String password = migrate ? OWNER_PASSWORD : APP_PASSWORD;
        for (String name : new String[] {URL, user, password, APP_USER, CARE_USER}) {
            if (env.get(name) == null || (env.get(name).isBlank() && !name.equals(password))) {
                err.println("db: set " + name + " (see java -jar ienline.jar db help)");
                return USAGE;
            }
        }
        Flyway flyway = DatabaseMigrations.configure(env.get(URL), env.get(user), env.get(password), env.get(APP_USER),
                env.get(CARE_USER)).load();
        try {
            if (migrate) {
                MigrateResult result = flyway.migrate();
                out.println("Applied " + result.migrationsExecuted + " migration(s); the schema is at version "
                        + current(flyway) + ".");
                return OK;
            }
            DatabaseMigrations.requireUpToDate(flyway);
            out.println("The schema is up to date at version " + current(flyway) + ".");
            return OK;
        } catch (IllegalStateException behind) {
            err.println("db: " + behind.getMessage());
            return FAILED;
        } catch (FlywayException e) {
            boolean connection = e.getMessage() != null && e.getMessage().contains("Unable to obtain connection");
            err.println("db: " + (migrate ? "migration failed: " : "check failed: ")
                    + e.getMessage().lines().findFirst().orElse(e.getClass().getSimpleName()));
            return connection ? CANNOT_CONNECT : FAILED;
        }
    }

    private static String current(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        return current == null ? "(empty)" : current.getVersion().getVersion();
    }
}
