package frl.ienline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgres17AsTheApplicationRole() throws InterruptedException {
        assertThat(jdbc.sql("SHOW server_version").query(String.class).single()).startsWith("17.");
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("ienline_app");
        // Completed publications are deleted. Other test classes share this cached context, so an asynchronous
        // listener of theirs may still be at work: wait for it, then nothing may be left (a failed listener).
        assertThat(outstandingPublications()).isEmpty();
    }

    private List<String> outstandingPublications() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<String> open;
        do {
            open = jdbc.sql("SELECT listener_id || ' <- ' || event_type FROM event_publication"
                            + " WHERE completion_date IS NULL")
                    .query(String.class).list();
            if (open.isEmpty()) {
                return open;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(until));
        return open;
    }
}
