package frl.ienline.supervision.internal;

import frl.ienline.rulebook.Retention;
import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.Rulebook;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes closed supervision cases once the rulebook's retention period ({@code SUPERVISION_CASE}, counted
 * from the day the case was closed) has passed, with everything in them (ads, addresses, persons, controls,
 * reports, steps, alerts). Records the destruction as a count only. Runs nightly on the application's clock;
 * with {@code ienline.supervision.retention.dry-run} it only counts.
 */
@Component
public class CaseRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);

    private final CaseStore cases;
    private final Rulebook rulebook;
    private final Clock clock;
    private final CaseAdHolds holds;
    private final boolean dryRun;

    CaseRetention(CaseStore cases, Rulebook rulebook, Clock clock, CaseAdHolds holds,
            @Value("${ienline.supervision.retention.dry-run:false}") boolean dryRun) {
        this.cases = cases;
        this.rulebook = rulebook;
        this.clock = clock;
        this.holds = holds;
        this.dryRun = dryRun;
    }

    @Scheduled(cron = "${ienline.supervision.retention.cron:0 40 3 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "supervision-retention")
    void nightly() {
        int count = run(dryRun);
        if (count > 0) {
            log.info("Supervision retention: {} closed case(s) {}", count, dryRun ? "due (dry run)" : "destroyed");
        }
    }

    /** Destroys (or with {@code dryRun} only counts) the closed cases past their retention; answers how many. */
    @Transactional
    public int run(boolean dryRun) {
        LocalDate today = LocalDate.now(clock);
        Retention retention = rulebook.activeOn(today).retention(RetentionCategory.SUPERVISION_CASE);
        // expired when closedOn + period <= today, i.e. closedOn <= today - period
        List<UUID> due = cases.closedBefore(today.minus(retention.period()));
        if (!dryRun) {
            holds.releaseAll(due); // one statement for all their ads, not one per ad
        }
        int destroyed = dryRun ? due.size() : cases.deleteCases(due);
        if (!due.isEmpty()) {
            cases.recordDestruction(RetentionCategory.SUPERVISION_CASE.name(), destroyed, dryRun, clock.instant());
        }
        return destroyed;
    }
}
