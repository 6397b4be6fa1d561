package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes alerts whose retention period (from the rulebook) has ended, decided reports and decided
 * objections older than that period, and records how many — never what — in {@code retention_run}.
 * With {@code ienline.support.retention.dry-run=true} it only counts.
 */
@Component
class AlertRetention {

    private static final Logger log = LoggerFactory.getLogger(AlertRetention.class);

    record Result(int alerts, int reports, int objections, int careContacts, boolean dryRun) {
    }

    private final CareJdbc db;
    private final Clock clock;
    private final PortalFacts facts;
    private final boolean dryRun;

    AlertRetention(CareJdbc db, Clock clock, PortalFacts facts,
            @Value("${ienline.support.retention.dry-run:false}") boolean dryRun) {
        this.db = db;
        this.clock = clock;
        this.facts = facts;
        this.dryRun = dryRun;
    }

    @Scheduled(cron = "${ienline.support.retention.cron:0 30 3 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "support-retention")
    void scheduled() {
        Result result = run(dryRun);
        log.info("Support retention: {} alerts, {} reports, {} objections, {} care contacts{}", result.alerts(),
                result.reports(), result.objections(), result.careContacts(), result.dryRun() ? " (dry run, nothing deleted)" : " deleted");
    }

    @Transactional(CareCompartmentDatabase.TRANSACTIONS)
    Result run(boolean dry) {
        return run(dry, facts.careContactRetention());
    }

    /**
     * @param contactRetention the care-contact period of the active rulebook version; empty (versions before
     *                         2027.6): no care contact is deleted
     */
    @Transactional(CareCompartmentDatabase.TRANSACTIONS)
    Result run(boolean dry, Optional<Period> contactRetention) {
        Instant now = clock.instant();
        Instant cutoff = ZonedDateTime.ofInstant(now, clock.getZone()).minus(facts.alertRetention()).toInstant();
        Timestamp nowTs = Timestamp.from(now);
        Timestamp cutoffTs = Timestamp.from(cutoff);
        String alerts = "FROM support.alert WHERE expires_at <= :now";
        String reports = "FROM support.incident_report WHERE status <> 'SUBMITTED' AND decided_at <= :cutoff";
        String objections = "FROM support.objection WHERE decision IS NOT NULL AND decided_at <= :cutoff";
        LocalDate contactCutoff = contactRetention.map(p -> LocalDate.ofInstant(now, clock.getZone()).minus(p)).orElse(null);
        String contacts = "FROM support.care_contact WHERE contact_on <= :contactCutoff";
        Result result;
        if (dry) {
            result = new Result(count(alerts, nowTs, cutoffTs), count(reports, nowTs, cutoffTs),
                    count(objections, nowTs, cutoffTs), contactCutoff == null ? 0
                            : db.query("SELECT count(*) " + contacts).param("contactCutoff", contactCutoff)
                                    .query(Integer.class).single(), true);
        } else {
            int a = db.query("DELETE " + alerts).param("now", nowTs).update();
            int r = db.query("DELETE " + reports).param("cutoff", cutoffTs).update();
            int o = db.query("DELETE " + objections).param("cutoff", cutoffTs).update();
            int c = contactCutoff == null ? 0
                    : db.query("DELETE " + contacts).param("contactCutoff", contactCutoff).update();
            result = new Result(a, r, o, c, false);
        }
        db.query("""
                INSERT INTO support.retention_run (id, ran_at, dry_run, alerts, reports, objections, care_contacts)
                VALUES (:id, :now, :dry, :a, :r, :o, :c)""")
                .param("id", UUID.randomUUID()).param("now", nowTs).param("dry", dry).param("a", result.alerts())
                .param("r", result.reports()).param("o", result.objections()).param("c", result.careContacts())
                .update();
        return result;
    }

    private int count(String from, Timestamp now, Timestamp cutoff) {
        var spec = db.query("SELECT count(*) " + from);
        if (from.contains(":now")) {
            spec = spec.param("now", now);
        }
        if (from.contains(":cutoff")) {
            spec = spec.param("cutoff", cutoff);
        }
        return spec.query(Integer.class).single();
    }
}
