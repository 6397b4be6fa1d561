package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migrations as their own step (review H2): {@code db migrate} brings an empty database up as the owner,
 * {@code db check} and the application's start-up check it as the application role, and a schema behind
 * the code is refused with what to do. On one throw-away PostgreSQL.
 */
class DatabaseCommandTests {

    static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(Path.of("target", "test-databases", "db-command-" + UUID.randomUUID()), true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Map<String, String> env, String... args) {
        return DatabaseCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Map<String, String> owner() {
        Map<String, String> env = new HashMap<>(roles());
        env.put("IENLINE_DB_OWNER_USER", EmbeddedPostgresServer.OWNER_ROLE);
        env.put("IENLINE_DB_OWNER_PASSWORD", server.password(EmbeddedPostgresServer.OWNER_ROLE));
        return env;
    }

    static Map<String, String> application() {
        Map<String, String> env = new HashMap<>(roles());
        env.put("IENLINE_DB_APP_PASSWORD", server.password(EmbeddedPostgresServer.APP_ROLE));
        return env;
    }

    static Map<String, String> roles() {
        return Map.of("IENLINE_DB_URL", server.jdbcUrl(), "IENLINE_DB_APP_USER", EmbeddedPostgresServer.APP_ROLE,
                "IENLINE_DB_CARE_USER", EmbeddedPostgresServer.CARE_ROLE);
    }

    static Flyway asTheApplication() {
        return DatabaseMigrations.configure(server.jdbcUrl(), EmbeddedPostgresServer.APP_ROLE,
                server.password(EmbeddedPostgresServer.APP_ROLE), EmbeddedPostgresServer.APP_ROLE,
                EmbeddedPostgresServer.CARE_ROLE).load();
    }

    @Test
    void migrateAsTheOwnerThenTheApplicationRoleFindsTheSchemaUpToDate() throws Exception {
        // before: an empty database is behind, and the application role says so instead of migrating
        assertThat(run(application(), "check")).isEqualTo(DatabaseCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("java -jar ienline.jar db migrate");

        // one step only as far as V131, as a database of the previous version would be
        DatabaseMigrations.configure(server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE,
                server.password(EmbeddedPostgresServer.OWNER_ROLE), EmbeddedPostgresServer.APP_ROLE,
                EmbeddedPostgresServer.CARE_ROLE).target("131").load().migrate();
        assertThatThrownBy(() -> DatabaseMigrations.requireUpToDate(asTheApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("java -jar ienline.jar db migrate");

        assertThat(run(owner(), "migrate")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the schema is at version");

        assertThat(run(application(), "check")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("The schema is up to date at version");
        assertThatCode(() -> DatabaseMigrations.requireUpToDate(asTheApplication())).doesNotThrowAnyException();

        // the grants went to the roles the command named
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT has_table_privilege('ienline_app', 'audit.access_log', 'INSERT'),"
                        + " has_table_privilege('ienline_app', 'audit.access_log', 'UPDATE'),"
                        + " has_table_privilege('ienline_care', 'support.care_log_checkpoint', 'INSERT')")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getBoolean(2)).isFalse();
            assertThat(rs.getBoolean(3)).isTrue();
        }
    }

    @Test
    void theApplicationRoleCannotMigrate() {
        assertThat(run(application(), "check")).isIn(0, 1);
        // the owner's variables are what 'migrate' needs; the application's are refused as usage
        Map<String, String> env = application();
        assertThat(run(env, "migrate")).isEqualTo(DatabaseCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("set IENLINE_DB_OWNER_USER");
    }

    @Test
    void usageAndHelp() {
        assertThat(run(Map.of(), "help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar ienline.jar db migrate | check");
        assertThat(run(Map.of())).isEqualTo(DatabaseCommand.USAGE);
        assertThat(run(Map.of(), "upgrade")).isEqualTo(DatabaseCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown arguments upgrade");
    }
}
