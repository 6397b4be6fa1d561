package frl.ienline.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database for a command that runs without Spring ({@code java -jar ienline.jar <module> <command>}), as the
 * application role: the external PostgreSQL of {@code IENLINE_DB_URL} / {@code IENLINE_DB_APP_USER} /
 * {@code IENLINE_DB_APP_PASSWORD} (the names of application-prod.yml) when that URL is set, otherwise the
 * embedded data folder, opened only while no ienline runs on it. (The same rules as {@code audit verify}.)
 */
public final class CommandDatabase implements AutoCloseable {

    public static final String DB_URL = "IENLINE_DB_URL";
    public static final String DB_USER = "IENLINE_DB_APP_USER";
    public static final String DB_PASSWORD = "IENLINE_DB_APP_PASSWORD";
    public static final Path DEFAULT_DATA_DIR = Path.of("data", "postgres");

    /** The database cannot be opened; the message says why in words. */
    public static final class Unavailable extends RuntimeException {
        private final boolean inUse;

        Unavailable(String message, Throwable cause) {
            this(message, cause, false);
        }

        Unavailable(String message, Throwable cause, boolean inUse) {
            super(message, cause);
            this.inUse = inUse;
        }

        /** The embedded folder is held by a running ienline (as opposed to missing or unreadable). */
        public boolean inUse() {
            return inUse;
        }
    }

    private final DataSource dataSource;
    private final AutoCloseable resources;
    private final String description;

    private CommandDatabase(DataSource dataSource, AutoCloseable resources, String description) {
        this.dataSource = dataSource;
        this.resources = resources;
        this.description = description;
    }

    /**
     * Opens the database the environment names, or the embedded folder ({@code dataDirectory}, default
     * {@code data/postgres}). Both given: an {@link IllegalArgumentException} that says to leave out one.
     */
    public static CommandDatabase open(Map<String, String> env, Path dataDirectory) {
        String url = blankToNull(env.get(DB_URL));
        if (url != null) {
            if (dataDirectory != null) {
                throw new IllegalArgumentException("--data-dir is for the embedded database, but " + DB_URL
                        + " is set; leave out one of them");
            }
            String user = blankToNull(env.get(DB_USER));
            String password = env.get(DB_PASSWORD);
            if (user == null || password == null) {
                throw new IllegalArgumentException(DB_URL + " is set: set " + DB_USER + " and " + DB_PASSWORD + " too");
            }
            return external(url, user, password);
        }
        return embedded(dataDirectory == null ? DEFAULT_DATA_DIR : dataDirectory);
    }

    /** An external PostgreSQL; nothing is connected until the data source is used. */
    public static CommandDatabase external(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new CommandDatabase(dataSource, () -> {
        }, "the external database of " + DB_URL);
    }

    /** The embedded database in {@code folder}, started for this command, if it exists and no ienline holds it. */
    public static CommandDatabase embedded(Path folder) {
        requireFree(folder);
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(folder, false);
        } catch (RuntimeException e) {
            throw new Unavailable("could not open the embedded database in " + folder.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(server.jdbcUrl());
        dataSource.setUser(EmbeddedPostgresServer.APP_ROLE);
        dataSource.setPassword(server.password(EmbeddedPostgresServer.APP_ROLE));
        return new CommandDatabase(dataSource, server, "the embedded database in " + folder.toAbsolutePath());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Which database this is, for the command's output. */
    public String description() {
        return description;
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }

    /** The folder must hold an ienline database that no running ienline holds. */
    public static void requireFree(Path folder) {
        if (!Files.isRegularFile(folder.resolve("cluster").resolve("PG_VERSION"))) {
            throw new Unavailable("there is no ienline database in " + folder.toAbsolutePath() + " (run from the"
                    + " folder where ienline keeps data/postgres, give --data-dir DIR, or set " + DB_URL + ")", null);
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
                throw new Unavailable("the embedded database in " + folder.toAbsolutePath() + " is in use by a"
                        + " running ienline. Stop the application first", null, true);
            }
            lock.release();
        } catch (IOException e) {
            throw new Unavailable("could not check whether the embedded database in " + folder.toAbsolutePath()
                    + " is in use: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
