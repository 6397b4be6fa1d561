package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.IenlineApplication;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application on an external database, as in production (review H2): it never migrates, it refuses to
 * start while the schema is behind, and once {@code db migrate} has run it starts as the application role
 * — its pool, and Flyway's check, must not fall back to the care role's pool.
 */
class ExternalDatabaseStartTests {

    static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(Path.of("target", "test-databases", "external-" + UUID.randomUUID()), true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /**
     * Started in production (an external database is refused outside it, ADR 0015) with the test profile's
     * secrets; command-line arguments win over the profiles' embedded mode. The throw-away server speaks no
     * TLS, hence the documented exception for a database on the same host.
     */
    static ConfigurableApplicationContext run() {
        return new SpringApplicationBuilder(IenlineApplication.class).profiles("prod", "prodtest").run(
                "--server.port=0",
                "--ienline.database.mode=external",
                "--ienline.database.allow-without-tls=true",
                "--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedPostgresServer.APP_ROLE,
                "--spring.datasource.password=" + server.password(EmbeddedPostgresServer.APP_ROLE),
                "--ienline.database.care.username=" + EmbeddedPostgresServer.CARE_ROLE,
                "--ienline.database.care.password=" + server.password(EmbeddedPostgresServer.CARE_ROLE));
    }

    @Test
    void refusesToStartBehindTheSchemaAndStartsAsTheApplicationRoleOnceMigrated() {
        DatabaseMigrations.configure(server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE,
                server.password(EmbeddedPostgresServer.OWNER_ROLE), EmbeddedPostgresServer.APP_ROLE,
                EmbeddedPostgresServer.CARE_ROLE).target("131").load().migrate();
        assertThatThrownBy(() -> run().close()).hasStackTraceContaining("Run java -jar ienline.jar db migrate");

        DatabaseMigrations.configure(server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE,
                server.password(EmbeddedPostgresServer.OWNER_ROLE), EmbeddedPostgresServer.APP_ROLE,
                EmbeddedPostgresServer.CARE_ROLE).load().migrate();
        try (ConfigurableApplicationContext context = run()) {
            assertThat(JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT current_user")
                    .query(String.class).single()).isEqualTo(EmbeddedPostgresServer.APP_ROLE);
            assertThat(JdbcClient.create(context.getBean(CareCompartmentDatabase.DATA_SOURCE, DataSource.class))
                    .sql("SELECT current_user").query(String.class).single()).isEqualTo(EmbeddedPostgresServer.CARE_ROLE);
        }
    }
}
