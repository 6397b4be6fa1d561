package frl.ienline.register.internal;

import frl.ienline.register.LicenceRegisterChanged;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (R16) of the register, with the periods of the rulebook in force on the day of the run:
 * <ul>
 * <li>{@code LICENCE_ENDED}: a licence that was revoked or lapsed, or whose validity ran out, is deleted with
 * its application, documents, managers and history once the period has passed since it ended;</li>
 * <li>{@code LICENCE_APPLICATION_REFUSED}: an application that ended without a licence — refused or not
 * considered (both final), or withdrawn — is deleted with everything it holds once the period has passed
 * since that end.</li>
 * </ul>
 * The same periods bound the region-wide look-back at decision time, so nothing the look-back may still need
 * is removed. Each run writes one destruction record per category with counts only; a dry run reports the
 * same numbers and changes nothing. Granted applications stay as long as their licence.
 */
@Component
public class RegisterRetention {

    private static final Logger log = LoggerFactory.getLogger(RegisterRetention.class);

    private final JdbcClient jdbc;
    private final LicensingRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean scheduledDryRun;

    RegisterRetention(JdbcClient jdbc, LicensingRules rules, ApplicationEventPublisher events,
            Clock clock,
            @Value("${ienline.register.retention.dry-run:false}") boolean scheduledDryRun) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.scheduledDryRun = scheduledDryRun;
    }

    /** What one category of a run destroyed (or would destroy, in a dry run). */
    public record Destroyed(String category, Period retention, LocalDate endedBefore, int applications,
            int licences, int documents) {
    }

    @Scheduled(cron = "${ienline.register.retention.cron:0 30 3 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "register-retention")
    void scheduled() {
        run(scheduledDryRun);
    }

    @Transactional
    public List<Destroyed> run(boolean dryRun) {
        LocalDate today = LocalDate.now(clock);
        List<Destroyed> result = new ArrayList<>();
        result.add(endedLicences(today, dryRun));
        result.add(applicationsWithoutLicence(today, dryRun));
        log.info("Register retention {}: {}", dryRun ? "dry run" : "run",
                result.stream().map(d -> d.category() + "=" + d.applications() + "/" + d.licences()).toList());
        return result;
    }

    private Destroyed endedLicences(LocalDate today, boolean dryRun) {
        Period retention = rules.endedLicenceRetention(today);
        LocalDate endedBefore = today.minus(retention);
        List<Expired> expired = jdbc.sql("""
                SELECT id, application_id, number FROM register.licence
                WHERE CASE WHEN state IN ('REVOKED', 'LAPSED') THEN LEAST(ended_on, valid_until) ELSE valid_until END
                      < :before""")
                .param("before", endedBefore)
                .query((rs, n) -> new Expired(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                        rs.getString("number")))
                .list();
        UUID[] licences = expired.stream().map(Expired::licence).toArray(UUID[]::new);
        UUID[] applications = expired.stream().map(Expired::application).toArray(UUID[]::new);
        Destroyed destroyed = new Destroyed("LICENCE_ENDED", retention, endedBefore, applications.length,
                licences.length, documents(applications));
        if (!dryRun && licences.length > 0) {
            jdbc.sql("DELETE FROM register.licence WHERE id = ANY(:ids)").param("ids", licences).update();
            jdbc.sql("DELETE FROM register.application WHERE id = ANY(:ids)").param("ids", applications).update();
            expired.forEach(e -> events.publishEvent(new LicenceRegisterChanged(e.number())));
        }
        record(destroyed, dryRun);
        return destroyed;
    }

    private Destroyed applicationsWithoutLicence(LocalDate today, boolean dryRun) {
        Period retention = rules.refusedApplicationRetention(today);
        LocalDate endedBefore = today.minus(retention);
        UUID[] applications = jdbc.sql("""
                SELECT a.id FROM register.application a
                WHERE ((a.state = 'FINAL' AND a.outcome IN ('REFUSED', 'NOT_CONSIDERED')) OR a.state = 'WITHDRAWN')
                  AND NOT EXISTS (SELECT 1 FROM register.licence l WHERE l.application_id = a.id)
                  AND (SELECT max(h.at) FROM register.application_history h
                       WHERE h.application_id = a.id AND h.to_state = a.state) < :before""")
                .param("before", Timestamp.valueOf(endedBefore.atStartOfDay()))
                .query(UUID.class).list().toArray(UUID[]::new);
        Destroyed destroyed = new Destroyed("LICENCE_APPLICATION_REFUSED", retention, endedBefore,
                applications.length, 0, documents(applications));
        if (!dryRun && applications.length > 0) {
            jdbc.sql("DELETE FROM register.application WHERE id = ANY(:ids)").param("ids", applications).update();
        }
        record(destroyed, dryRun);
        return destroyed;
    }

    private int documents(UUID[] applications) {
        return applications.length == 0 ? 0 : jdbc.sql(
                "SELECT count(*) FROM register.application_document WHERE application_id = ANY(:ids)")
                .param("ids", applications).query(Integer.class).single();
    }

    private void record(Destroyed d, boolean dryRun) {
        if (dryRun || d.applications() + d.licences() == 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO register.destruction_record (id, run_at, category, retention, ended_before,
                    applications_deleted, licences_deleted, documents_deleted)
                VALUES (:id, :at, :category, :retention, :before, :applications, :licences, :documents)""")
                .param("id", UUID.randomUUID()).param("at", Timestamp.from(clock.instant()))
                .param("category", d.category()).param("retention", d.retention().toString())
                .param("before", d.endedBefore()).param("applications", d.applications())
                .param("licences", d.licences()).param("documents", d.documents()).update();
    }

    /** The destruction records, newest first. */
    public List<Destroyed> records() {
        return jdbc.sql("SELECT * FROM register.destruction_record ORDER BY run_at DESC LIMIT 200")
                .query((rs, n) -> new Destroyed(rs.getString("category"), Period.parse(rs.getString("retention")),
                        rs.getObject("ended_before", LocalDate.class), rs.getInt("applications_deleted"),
                        rs.getInt("licences_deleted"), rs.getInt("documents_deleted")))
                .list();
    }

    private record Expired(UUID licence, UUID application, String number) {
    }
}
