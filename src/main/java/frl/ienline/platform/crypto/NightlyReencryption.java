package frl.ienline.platform.crypto;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs every module's {@link Reencryption} bean after start-up and each night, one module after the other. */
@Component
class NightlyReencryption {

    private final ObjectProvider<Reencryption> jobs;

    private final boolean onStart;

    NightlyReencryption(ObjectProvider<Reencryption> jobs,
            @Value("${ienline.crypto.reencrypt-on-start:true}") boolean onStart) {
        this.jobs = jobs;
        this.onStart = onStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (onStart) {
            run();
        }
    }

    @Scheduled(cron = "${ienline.crypto.reencrypt-cron:0 40 3 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "platform-reencryption")
    void run() {
        for (Reencryption job : jobs.orderedStream().toList()) {
            try {
                job.run();
            } catch (RuntimeException e) { // one module's failure (e.g. its database) does not stop the others
                LoggerFactory.getLogger(NightlyReencryption.class).error("Key kit ({}): re-encryption stopped: {}",
                        job.module(), e.getClass().getSimpleName());
            }
        }
    }
}
