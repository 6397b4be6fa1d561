package frl.ienline.platform.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import frl.ienline.platform.CareCompartmentDatabase;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Two transaction managers: the application's (primary) and the care compartment's, each on its own
 * database role. With an external database the care role's credentials come from
 * {@code IENLINE_DB_CARE_USER}/{@code IENLINE_DB_CARE_PASSWORD} (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean(CareCompartmentDatabase.TRANSACTIONS)
    JdbcTransactionManager careTransactionManager(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care) {
        return new JdbcTransactionManager(care);
    }

    /**
     * With an external database both pools are declared here. The application's must be declared too: with
     * the care pool as the only {@code DataSource} bean, Spring Boot's own pool backs off and every module
     * (and Flyway's start-up check) would connect as the care role.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "ienline.database.mode", havingValue = "external")
    static class ExternalDataSources {

        @Bean(destroyMethod = "close")
        @Primary
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(DataSourceProperties properties) {
            HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
            pool.setPoolName("ienline-app");
            return pool;
        }

        @Bean(name = CareCompartmentDatabase.DATA_SOURCE, destroyMethod = "close")
        HikariDataSource careDataSource(@Value("${spring.datasource.url}") String url,
                @Value("${ienline.database.care.username}") String username,
                @Value("${ienline.database.care.password}") String password) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("ienline-care");
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            config.setMaximumPoolSize(8);
            return new HikariDataSource(config);
        }
    }
}
