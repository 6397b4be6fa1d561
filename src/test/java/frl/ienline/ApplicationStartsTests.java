package frl.ienline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgres17AsTheApplicationRole() {
        assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("ienline_app");
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single())
                .isZero();
    }
}
