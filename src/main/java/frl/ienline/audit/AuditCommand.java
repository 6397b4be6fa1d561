package frl.ienline.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import frl.ienline.audit.internal.ChainVerification;
import frl.ienline.audit.internal.ChainVerifier;
import frl.ienline.platform.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar ienline.jar audit verify [--data-dir DIR]}: verifies the access log's hash chain without
 * Spring, web server or Flyway, as the application role (it only reads). Connects to the external database
 * of {@code IENLINE_DB_URL} / {@code IENLINE_DB_APP_USER} / {@code IENLINE_DB_APP_PASSWORD} (the names of
 * application-prod.yml) when {@code IENLINE_DB_URL} is set, otherwise opens the embedded data folder itself,
 * which works only while no ienline runs on it.
 *
 * <p>Exit status: 0 intact, 1 broken, 2 usage error, 3 could not verify (database not reachable or in use).
 */
public final class AuditCommand {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_VERIFY = 3;

    static final String DB_URL = "IENLINE_DB_URL";
    static final String DB_USER = "IENLINE_DB_APP_USER";
    static final String DB_PASSWORD = "IENLINE_DB_APP_PASSWORD";
    static final Path DEFAULT_DATA_DIR = Path.of("data", "postgres");

    static final String HELP = """
            Usage: java -jar ienline.jar audit verify [--data-dir DIR]

            Verifies the hash chain of the access log and prints OK or BROKEN with figures.
            Database: the external PostgreSQL of IENLINE_DB_URL, IENLINE_DB_APP_USER and IENLINE_DB_APP_PASSWORD
            when IENLINE_DB_URL is set; otherwise the embedded database in DIR (default data/postgres), which
            must not be in use by a running ienline (stop it, or use the auditor page /app/toegangslog).
            Exit status: 0 intact, 1 broken, 2 usage error, 3 could not verify.""";

    /** Where the log is: an external database or the embedded data folder. */
    sealed interface Target {
        record External(String url, String user, String password) implements Target {
        }

        record Embedded(Path dataDirectory) implements Target {
        }
    }

    /** An open database and what to close after the check. */
    record OpenDatabase(DataSource dataSource, AutoCloseable resources) {
    }

    /** Opens the target; a {@link CannotVerify} says in words why it could not. */
    @FunctionalInterface
    interface Opener {
        OpenDatabase open(Target target);
    }

    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    static final class CannotVerify extends RuntimeException {
        CannotVerify(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private AuditCommand() {
    }

    /** Entry point from {@code frl.ienline.Commands}. */
    public static int run(String[] args) {
        quietLogging();
        return run(args, System.getenv(), AuditCommand::open, System.out, System.err);
    }

    static int run(String[] args, Map<String, String> env, Opener opener, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(HELP);
            return INTACT;
        }
        Target target;
        try {
            target = parse(args, env);
        } catch (UsageError e) {
            err.println("audit: " + e.getMessage());
            err.println();
            err.println(HELP);
            return USAGE;
        }
        out.println(target instanceof Target.Embedded embedded
                ? "Verifying the access log in the embedded database in " + embedded.dataDirectory().toAbsolutePath()
                : "Verifying the access log in the external database of " + DB_URL);
        try {
            OpenDatabase database = opener.open(target);
            try {
                ChainVerification verification = new ChainVerifier(database.dataSource()).verify();
                out.println(verification.summary());
                return verification.intact() ? INTACT : BROKEN;
            } finally {
                database.resources().close();
            }
        } catch (CannotVerify e) {
            err.println("ERROR: " + e.getMessage());
            return CANNOT_VERIFY;
        } catch (Exception e) {
            err.println("ERROR: could not verify the access log: " + e.getMessage());
            return CANNOT_VERIFY;
        }
    }

    static Target parse(String[] args, Map<String, String> env) {
        if (args.length == 0) {
            throw new UsageError("missing subcommand");
        }
        if (!args[0].equals("verify")) {
            throw new UsageError("unknown subcommand '" + args[0] + "'");
        }
        Path dataDirectory = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new UsageError("--data-dir needs a folder");
                }
                value = args[++i];
            } else if (arg.startsWith("--data-dir=")) {
                value = arg.substring("--data-dir=".length());
                if (value.isBlank()) {
                    throw new UsageError("--data-dir needs a folder");
                }
            } else {
                throw new UsageError("unknown argument '" + arg + "'");
            }
            if (dataDirectory != null) {
                throw new UsageError("--data-dir given twice");
            }
            dataDirectory = Path.of(value);
        }
        String url = blankToNull(env.get(DB_URL));
        if (url == null) {
            return new Target.Embedded(dataDirectory == null ? DEFAULT_DATA_DIR : dataDirectory);
        }
        if (dataDirectory != null) {
            throw new UsageError("--data-dir is for the embedded database, but " + DB_URL
                    + " is set; leave out one of them");
        }
        String user = blankToNull(env.get(DB_USER));
        String password = env.get(DB_PASSWORD);
        if (user == null || password == null) {
            throw new UsageError(DB_URL + " is set: set " + DB_USER + " and " + DB_PASSWORD + " too");
        }
        return new Target.External(url, user, password);
    }

    static OpenDatabase open(Target target) {
        return switch (target) {
            case Target.External external -> {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(external.url());
                dataSource.setUser(external.user());
                dataSource.setPassword(external.password());
                yield new OpenDatabase(dataSource, () -> {
                });
            }
            case Target.Embedded embedded -> openEmbedded(embedded.dataDirectory());
        };
    }

    private static OpenDatabase openEmbedded(Path folder) {
        requireFreeEmbeddedFolder(folder);
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(folder, false);
        } catch (RuntimeException e) {
            throw new CannotVerify("could not open the embedded database in " + folder.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(EmbeddedPostgresServer.APP_ROLE);
        dataSource.setPassword(server.password(EmbeddedPostgresServer.APP_ROLE));
        return new OpenDatabase(dataSource, server);
    }

    /**
     * The embedded folder must hold an ienline database and no running ienline may hold it: say so plainly
     * instead of starting a second PostgreSQL on it.
     */
    static void requireFreeEmbeddedFolder(Path folder) {
        if (!Files.isRegularFile(folder.resolve("cluster").resolve("PG_VERSION"))) {
            throw new CannotVerify("there is no ienline database in " + folder.toAbsolutePath()
                    + " (run from the folder where ienline keeps data/postgres, give --data-dir DIR, or set "
                    + DB_URL + " for an external database)", null);
        }
        try (FileChannel channel = FileChannel.open(folder.resolve("instance.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new CannotVerify("the embedded database in " + folder.toAbsolutePath() + " is in use by a"
                        + " running ienline. Stop the application first, or verify the chain on the auditor page"
                        + " (/app/toegangslog, 'Keten controleren').", null);
            }
            lock.release();
        } catch (IOException e) {
            throw new CannotVerify("could not check whether the embedded database in " + folder.toAbsolutePath()
                    + " is in use: " + e.getMessage(), e);
        }
    }

    /** Without Spring, Logback would print every debug line of the embedded PostgreSQL. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
