package frl.ienline.platform.internal;

import frl.ienline.platform.ThrottleStore;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The application's throttle store ({@code public.throttle_counter} on the application pool) and the job
 * that deletes expired counters from every store, the support compartment's included (ADR 0013).
 */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    @Bean
    @Primary
    ThrottleStore throttleStore(DataSource dataSource, Clock clock) {
        return new ThrottleStore(dataSource, "public.throttle_counter", clock);
    }

    @Component
    static class ExpiredCounters {

        private static final Logger log = LoggerFactory.getLogger(ExpiredCounters.class);

        private final List<ThrottleStore> stores;

        ExpiredCounters(List<ThrottleStore> stores) {
            this.stores = stores;
        }

        /** Idempotent, so every node may run it; a failure here never touches a request. */
        @Scheduled(fixedDelayString = "${ienline.throttle.cleanup-interval:PT5M}", initialDelayString = "PT1M")
        @SchedulerLock(name = "platform-throttle-cleanup")
        void removeExpired() {
            for (ThrottleStore store : stores) {
                try {
                    store.removeExpired();
                } catch (RuntimeException e) {
                    log.warn("Could not delete expired throttle counters: {}", e.getClass().getSimpleName());
                }
            }
        }
    }
}
