package frl.ienline.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.EmbeddedPostgresServer;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The default database: an embedded PostgreSQL 17 in a local folder. The application connects as
 * {@value EmbeddedPostgresServer#APP_ROLE}; Flyway migrates as {@value EmbeddedPostgresServer#OWNER_ROLE}.
 * With {@code ienline.database.mode=external} this backs off and Spring Boot's standard
 * {@code spring.datasource.*} and {@code spring.flyway.user/password} apply (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ienline.database.mode", havingValue = "embedded", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDirectory(), properties.ephemeral());
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ienline-app");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.APP_ROLE);
        config.setPassword(server.password(EmbeddedPostgresServer.APP_ROLE));
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(2);
        return new HikariDataSource(config);
    }

    /** The walled support compartment connects as its own role (ADR 0007). */
    @Bean(name = CareCompartmentDatabase.DATA_SOURCE, destroyMethod = "close")
    HikariDataSource careDataSource(EmbeddedPostgresServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("ienline-care");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.CARE_ROLE);
        config.setPassword(server.password(EmbeddedPostgresServer.CARE_ROLE));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedPostgresServer server) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(),
                EmbeddedPostgresServer.OWNER_ROLE, server.password(EmbeddedPostgresServer.OWNER_ROLE));
    }
}
