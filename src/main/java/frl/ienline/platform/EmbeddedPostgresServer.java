package frl.ienline.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server owned by this process, with its data in a local folder that survives restarts.
 *
 * <p>Layout of the folder: {@code cluster/} (PostgreSQL's data directory), {@code credentials.properties}
 * (the generated passwords of the superuser, the owner, application and care roles, readable by this user
 * only) and {@code instance.lock} (held while an ienline process uses the folder). On start it refuses a
 * folder another live ienline holds, and stops a postmaster orphaned by a killed process before starting.
 *
 * <p>Every role, the superuser included, signs in with its password (scram-sha-256), also from localhost
 * (review L13: any local user could otherwise read the care compartment and rewrite the logs). A cluster made
 * before the superuser had a password gets one at its next start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "ienline";
    public static final String OWNER_ROLE = "ienline_owner";
    public static final String APP_ROLE = "ienline_app";
    /** Runtime role of the walled support compartment; the application role has no grant on its schema. */
    public static final String CARE_ROLE = "ienline_care";

    /** The cluster's superuser (bootstrap, and tests that play the attacker); signs in with a generated password. */
    public static final String SUPERUSER = "postgres";

    private static final List<String> ROLES = List.of(OWNER_ROLE, APP_ROLE, CARE_ROLE);

    /** Every role, the superuser too, needs its password, over the socket and over loopback. */
    private static final String PASSWORDS_ONLY = """
            # ienline: every role, the superuser included, signs in with its password (credentials.properties)
            local   all   all                      scram-sha-256
            host    all   all       127.0.0.1/32   scram-sha-256
            host    all   all       ::1/128        scram-sha-256
            """;

    /** Only for the one start that gives an older cluster's superuser its password; replaced right after. */
    private static final String SUPERUSER_TRUSTED_ONCE = """
            # ienline: upgrading, the superuser gets a password now; this file is replaced within this start
            local   all   postgres                 trust
            host    all   postgres  127.0.0.1/32   trust
            host    all   postgres  ::1/128        trust
            local   all   all                      scram-sha-256
            host    all   all       127.0.0.1/32   scram-sha-256
            host    all   all       ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path folder;
    private final boolean ephemeral;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final Properties credentials;

    private EmbeddedPostgresServer(Path folder, boolean ephemeral) throws IOException {
        this.folder = folder;
        this.ephemeral = ephemeral;
        if (ephemeral) {
            removeLeftoversBeside(folder);
        }
        Files.createDirectories(folder);
        this.lockChannel = FileChannel.open(folder.resolve("instance.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException alreadyHeldByThisProcess) {
            acquired = null;
        }
        this.lock = acquired;
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("The database folder " + folder.toAbsolutePath()
                    + " is in use by another running ienline. Stop that one first, or set"
                    + " ienline.database.embedded.data-directory to another folder.");
        }
        Path cluster = folder.resolve("cluster");
        Files.createDirectories(cluster);
        stopOrphanedPostmaster(cluster);
        Path credentialsFile = folder.resolve("credentials.properties");
        this.credentials = loadCredentials(credentialsFile);
        boolean fresh = !Files.exists(cluster.resolve("postgresql.conf"));
        boolean superuserWithoutPassword = !fresh && !credentials.containsKey(SUPERUSER);
        generateMissingPasswords(credentials);
        Path passwordFile = fresh ? writePrivately(folder.resolve("superuser.pw"), credentials.getProperty(SUPERUSER)) : null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "60")
                    .setConnectConfig("password", credentials.getProperty(SUPERUSER))
                    .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath(),
                            superuserWithoutPassword ? SUPERUSER_TRUSTED_ONCE : PASSWORDS_ONLY));
            if (passwordFile != null) {
                builder.setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString()); // initdb --pwfile=…
            }
            this.postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        if (superuserWithoutPassword) {
            giveTheSuperuserItsPassword(cluster);
        }
        storeCredentials(credentialsFile, credentials);
        bootstrapRolesAndDatabase();
    }

    public static EmbeddedPostgresServer start(Path folder, boolean ephemeral) {
        try {
            return new EmbeddedPostgresServer(folder, ephemeral);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder.toAbsolutePath(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String password(String role) {
        return credentials.getProperty(role);
    }

    /** A connection as the cluster's superuser; for bootstrap and for tests that play the attacker. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
            if (ephemeral) {
                deleteRecursively(folder);
            }
        }
    }

    /** zonky's initdb trusts everyone locally; this replaces its rules on every start. */
    private static void writeHba(Path dataDirectory, String rules) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cluster made before L13: its superuser gets the generated password, then nobody is trusted any more. */
    private void giveTheSuperuserItsPassword(Path cluster) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + credentials.getProperty(SUPERUSER) + "'");
            writeHba(cluster, PASSWORDS_ONLY);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded database's superuser a password", e);
        }
        log.info("The embedded database's superuser now signs in with a generated password (credentials.properties)");
    }

    /**
     * After a kill -9 the postmaster keeps running and holds {@code postmaster.pid}. We hold the folder's
     * lock, so no live ienline owns it: stop that orphan and wait until it is gone.
     */
    private static void stopOrphanedPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            log.warn("Stopping PostgreSQL (pid {}) left running by an ienline that did not shut down", process.get().pid());
            process.get().destroy();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (process.get().isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (process.get().isAlive()) {
                process.get().destroyForcibly();
                sleep(500);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * Throw-away folders (tests, benchmarks) live side by side under one parent. A process that was killed
     * before it could close its server leaves its folder and perhaps a running postmaster behind; the next
     * throw-away server removes both: every sibling folder that is older than two minutes and whose
     * {@code instance.lock} nobody holds.
     */
    private static void removeLeftoversBeside(Path folder) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        // compared with file modification times, which are the system's wall clock (no application Clock yet)
        java.time.Instant youngest = java.time.Clock.systemUTC().instant().minus(Duration.ofMinutes(2));
        List<Path> siblings;
        try (Stream<Path> list = Files.list(parent)) {
            siblings = list.filter(Files::isDirectory).filter(p -> !p.equals(folder.toAbsolutePath()))
                    .filter(p -> Files.exists(p.resolve("instance.lock")) || Files.exists(p.resolve("cluster")))
                    .toList();
        }
        for (Path sibling : siblings) {
            if (Files.getLastModifiedTime(sibling).toInstant().isAfter(youngest)) {
                continue;
            }
            // a folder whose lock file is gone was half deleted by a process killed while closing
            try (FileChannel channel = FileChannel.open(sibling.resolve("instance.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                    FileLock held = channel.tryLock()) {
                if (held == null) {
                    continue; // a live process uses it
                }
                stopOrphanedPostmaster(sibling.resolve("cluster"));
                log.info("Removing the throw-away database folder {} left by a process that did not close it",
                        sibling.getFileName());
                deleteRecursively(sibling);
            } catch (java.nio.channels.OverlappingFileLockException ownedByThisProcess) {
                // one of this process's own servers
            } catch (IOException unreadable) {
                log.warn("Could not remove the throw-away database folder {}: {}", sibling, unreadable.getMessage());
            }
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(cmd -> cmd.contains("postgres")).orElse(true);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Properties loadCredentials(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        return properties;
    }

    private static void generateMissingPasswords(Properties credentials) {
        SecureRandom random = new SecureRandom();
        for (String role : Stream.concat(Stream.of(SUPERUSER), ROLES.stream()).toList()) {
            if (!credentials.containsKey(role)) {
                byte[] bytes = new byte[24];
                random.nextBytes(bytes);
                credentials.setProperty(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
        }
    }

    /** Writes the passwords to a new file readable by this user only, then moves it into place. */
    private static void storeCredentials(Path file, Properties credentials) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(next)) {
            credentials.store(out, "Generated passwords of the embedded database's roles; keep private");
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path writePrivately(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Creates the owner role (migrations), the application role (runtime) and the database, once. */
    private void bootstrapRolesAndDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String role : ROLES) {
                // ALTER too: the roles sign in with what credentials.properties says, also after it was regenerated
                statement.execute((exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE")
                        + " ROLE " + role + " LOGIN PASSWORD '" + password(role) + "'");
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8'");
                statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
                statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP_ROLE);
            }
            statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + CARE_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database roles", e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            // PostgreSQL 15+ no longer lets PUBLIC create in schema public; be explicit either way.
            statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database schema", e);
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
