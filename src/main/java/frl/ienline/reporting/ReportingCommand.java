package frl.ienline.reporting;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import frl.ienline.platform.CommandDatabase;
import frl.ienline.reporting.internal.Journal;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ienline.jar reporting rebuild [--data-dir DIR]}: throws the daily counts of the statistics
 * store away and sums them again from its journal of facts, in one transaction, without Spring. The result is
 * what the facts built one by one. Database: as {@code audit verify} ({@link CommandDatabase}).
 *
 * <p>Exit status: 0 rebuilt, 2 usage error, 3 could not rebuild.
 */
public final class ReportingCommand {

    static final String HELP = """
            Usage: java -jar ienline.jar reporting rebuild [--data-dir DIR]

            Rebuilds the statistics store's daily counts from its journal of facts (the result equals what the
            facts built one by one). Database: the external PostgreSQL of IENLINE_DB_URL, IENLINE_DB_APP_USER and
            IENLINE_DB_APP_PASSWORD when IENLINE_DB_URL is set; otherwise the embedded database in DIR (default
            data/postgres), which must not be in use by a running ienline.
            Exit status: 0 rebuilt, 2 usage error, 3 could not rebuild.""";

    private ReportingCommand() {
    }

    public static int run(String[] args) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length == 1 && args[0].matches("help|--help|-h")) {
            out.println(HELP);
            return 0;
        }
        Path dataDirectory = null;
        if (args.length == 0 || !args[0].equals("rebuild")) {
            err.println("reporting: " + (args.length == 0 ? "missing subcommand" : "unknown subcommand '" + args[0] + "'"));
            err.println(HELP);
            return 2;
        }
        if (args.length == 3 && args[1].equals("--data-dir") && !args[2].isBlank()) {
            dataDirectory = Path.of(args[2]);
        } else if (args.length != 1) {
            err.println("reporting: rebuild takes only --data-dir DIR");
            err.println(HELP);
            return 2;
        }
        try (CommandDatabase database = CommandDatabase.open(env, dataDirectory)) {
            out.println("Rebuilding the statistics store in " + database.description());
            long[] result = rebuild(database.dataSource());
            out.printf("Rebuilt: %d facts read, %d daily count rows before, %d after.%n", result[0], result[1],
                    result[2]);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("reporting: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("ERROR: could not rebuild the statistics store: " + e.getMessage());
            return 3;
        }
    }

    /** Facts read, rows before, rows after. */
    static long[] rebuild(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                long before = single(connection, "SELECT count(*) FROM reporting.daily_count");
                long facts = single(connection, "SELECT count(*) FROM reporting.fact");
                statement.executeUpdate(Journal.REBUILD_DELETE);
                long after = statement.executeUpdate(Journal.REBUILD_INSERT);
                statement.executeUpdate(Journal.BUMP_VERSION);
                connection.commit();
                return new long[] {facts, before, after};
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
