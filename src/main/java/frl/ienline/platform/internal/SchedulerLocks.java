package frl.ienline.platform.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every scheduled job runs once per schedule across the application nodes (issue 18, ADR 0021): a job's
 * {@code @SchedulerLock} takes its row in {@code public.scheduler_lock} (ShedLock, JDBC provider, the
 * database's clock), and the other nodes skip that run. A lock is held for at least 30 seconds, so a node
 * whose clock runs a little behind does not start the same nightly job again, and at most 30 minutes unless
 * the job says otherwise, so a node that dies mid-job does not block the next night.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", defaultLockAtLeastFor = "PT30S")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry registry) {
        LockProvider jdbc = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("public.scheduler_lock")
                .usingDbTime()
                .build());
        return configuration -> counted(jdbc.lock(configuration), configuration.getName(), registry);
    }

    /** {@code ienline.jobs.runs} (this node took the job) and {@code ienline.jobs.skipped} (another node had it). */
    private static Optional<SimpleLock> counted(Optional<SimpleLock> lock, String job, MeterRegistry registry) {
        registry.counter(lock.isPresent() ? "ienline.jobs.runs" : "ienline.jobs.skipped", "job", job).increment();
        return lock;
    }
}
