package frl.ienline.register.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The register's daily jobs: renewal reminders at the rulebook's lead time, decisions becoming final
 * once the objection window has closed, and removal of online drafts nobody submitted. Logs counts only.
 */
@Component
class RegisterJobs {

    private static final Logger log = LoggerFactory.getLogger(RegisterJobs.class);

    private final LicenceAdministration licences;
    private final LicenceApplications officers;
    private final Applications applications;
    private final Clock clock;
    private final Duration draftRetention;

    RegisterJobs(LicenceAdministration licences, LicenceApplications officers, Applications applications, Clock clock,
            @Value("${ienline.register.draft-retention:P90D}") Duration draftRetention) {
        this.licences = licences;
        this.applications = applications;
        this.officers = officers;
        this.clock = clock;
        this.draftRetention = draftRetention;
    }

    @Scheduled(cron = "${ienline.register.daily-cron:0 15 6 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "register-daily")
    void daily() {
        int reminded = licences.remindRenewals();
        int finalised = officers.finaliseClosedObjectionWindows();
        int removed = applications.deleteAbandonedDrafts(clock.instant().minus(draftRetention));
        log.info("Register daily: {} renewal reminder(s), {} decision(s) final, {} abandoned draft(s) removed",
                reminded, finalised, removed);
    }
}
