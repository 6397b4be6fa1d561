package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded database keeps its data, refuses a second owner and survives a kill -9 of its owner. */
class EmbeddedPostgresServerTests {

    final Path folder = Path.of("target", "test-databases", "restart-" + UUID.randomUUID());

    @AfterEach
    void cleanUp() throws Exception {
        EmbeddedPostgresServer.start(folder, true).close();
        Files.deleteIfExists(folder.resolveSibling(folder.getFileName() + ".log"));
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false);
                Connection connection = server.superuserConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false);
                Connection connection = server.superuserConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefusedClearly() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(folder, false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(folder, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running ienline");
        }
    }

    @Test
    void otherRolesNeedTheirPassword() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false)) {
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(server.jdbcUrl(),
                    EmbeddedPostgresServer.APP_ROLE, "wrong")).hasMessageContaining("password authentication failed");
            try (Connection ok = java.sql.DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.APP_ROLE,
                    server.password(EmbeddedPostgresServer.APP_ROLE))) {
                assertThat(ok.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void theSuperuserNeedsItsGeneratedPasswordToo() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false)) {
            for (String password : new String[] {"", "wrong"}) {
                assertThatThrownBy(() -> java.sql.DriverManager.getConnection(server.jdbcUrl(),
                        EmbeddedPostgresServer.SUPERUSER, password)).isInstanceOf(java.sql.SQLException.class)
                        .as("nothing trusts 127.0.0.1 without a password");
            }
            try (Connection ok = java.sql.DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER,
                    credentials().getProperty(EmbeddedPostgresServer.SUPERUSER))) {
                assertThat(ok.isValid(2)).isTrue();
            }
        }
        assertThat(java.nio.file.Files.getPosixFilePermissions(folder.resolve("credentials.properties")))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(folder.resolve("superuser.pw")).as("initdb's password file is gone").doesNotExist();
    }

    @Test
    void aClusterWhoseSuperuserHadNoPasswordGetsOneAtTheNextStart() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false);
                Connection connection = server.superuserConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE postgres PASSWORD NULL"); // as clusters made before review L13
        }
        java.util.Properties old = credentials();
        old.remove(EmbeddedPostgresServer.SUPERUSER);
        try (var out = Files.newOutputStream(folder.resolve("credentials.properties"))) {
            old.store(out, null);
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false);
                Connection connection = server.superuserConnection()) {
            assertThat(connection.isValid(2)).isTrue();
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.SUPERUSER, ""))
                    .isInstanceOf(java.sql.SQLException.class);
            try (Connection app = java.sql.DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.APP_ROLE,
                    server.password(EmbeddedPostgresServer.APP_ROLE))) {
                assertThat(app.isValid(2)).isTrue();
            }
        }
        assertThat(credentials().getProperty(EmbeddedPostgresServer.SUPERUSER)).isNotBlank();
    }

    java.util.Properties credentials() throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newInputStream(folder.resolve("credentials.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void startsAfterTheOwningProcessWasKilled() throws Exception {
        long postmaster = startAndKillAChildServer();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder, false);
                Connection connection = server.superuserConnection()) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aThrowAwayServerRemovesTheFolderAndPostmasterAKilledRunLeftBehind() throws Exception {
        long postmaster = startAndKillAChildServer();
        Path young = Files.createDirectories(folder.resolveSibling("young-" + UUID.randomUUID()));
        Files.createFile(young.resolve("instance.lock"));
        Path halfDeleted = Files.createDirectories(folder.resolveSibling("half-" + UUID.randomUUID()).resolve("cluster"))
                .getParent();
        Files.setLastModifiedTime(halfDeleted, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(5))));
        Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(5))));

        Path next = folder.resolveSibling("next-" + UUID.randomUUID());
        EmbeddedPostgresServer.start(next, true).close();

        assertThat(folder).as("the killed run's folder").doesNotExist();
        assertThat(halfDeleted).as("a folder half deleted by a run killed while closing").doesNotExist();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(young).as("a folder younger than two minutes may be starting up").exists();
        Files.delete(young.resolve("instance.lock"));
        Files.delete(young);
    }

    private long startAndKillAChildServer() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ChildServer.class.getName(), folder.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolveSibling(folder.getFileName() + ".log").toFile())
                .start();
        Path ready = folder.resolve("child.ready");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(ready) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
        }
        assertThat(ready).exists();
        long postmaster = Long.parseLong(Files.readAllLines(folder.resolve("cluster/postmaster.pid")).getFirst().strip());
        child.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(postmaster)).as("the orphaned postmaster outlives its owner").isPresent();
        return postmaster;
    }

    /** Started in a separate JVM that the test kills with SIGKILL. */
    public static final class ChildServer {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer.start(Path.of(args[0]), false);
            Files.createFile(Path.of(args[0], "child.ready"));
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
