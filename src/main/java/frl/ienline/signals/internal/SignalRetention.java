package frl.ienline.signals.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention (R16): closed signals are deleted when the rulebook's period for their outcome has passed
 * since closure ("not substantiated" sooner than "substantiated"). Deleting a signal takes its persons,
 * phones, indicators, links, additions, history, shares and the signals merged into it along (cascade).
 * Each run writes one destruction record per category with counts only; the monthly counts in
 * {@code signal_count} stay. A dry run reports the same numbers and changes nothing.
 */
@Component
public class SignalRetention {

    private static final Logger log = LoggerFactory.getLogger(SignalRetention.class);

    private final JdbcClient jdbc;
    private final SignalRules rules;
    private final Clock clock;
    private final boolean scheduledDryRun;

    SignalRetention(JdbcClient jdbc, SignalRules rules, Clock clock,
            @Value("${ienline.signals.retention.dry-run:false}") boolean scheduledDryRun) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
        this.scheduledDryRun = scheduledDryRun;
    }

    /** What one category of a run destroyed (or would destroy, in a dry run). */
    public record Destroyed(String category, Period retention, Instant closedBefore, int signals, int persons,
            int shares) {
    }

    @Scheduled(cron = "${ienline.signals.retention.cron:0 20 3 * * *}", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "signals-retention")
    void scheduled() {
        run(scheduledDryRun);
    }

    @Transactional
    public List<Destroyed> run(boolean dryRun) {
        Instant now = clock.instant();
        List<Destroyed> result = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            Period retention = rules.retention(outcome);
            Instant closedBefore = now.atZone(clock.getZone()).minus(retention).toInstant();
            List<UUID> expired = jdbc.sql("""
                    SELECT id FROM signals.signal WHERE state = 'CLOSED' AND outcome = :outcome AND closed_at < :before
                    AND merged_into IS NULL""")
                    .param("outcome", outcome.name()).param("before", Timestamp.from(closedBefore))
                    .query(UUID.class).list();
            if (expired.isEmpty()) {
                continue;
            }
            UUID[] ids = expired.toArray(UUID[]::new);
            String tree = """
                    WITH RECURSIVE tree(id) AS (SELECT unnest(CAST(:ids AS uuid[]))
                      UNION SELECT s.id FROM signals.signal s JOIN tree t ON s.merged_into = t.id)""";
            int signalCount = count(tree + " SELECT count(*) FROM tree", ids);
            int persons = count(tree + " SELECT count(*) FROM signals.person p JOIN tree t ON p.signal_id = t.id", ids);
            int shares = count(tree + " SELECT count(*) FROM signals.share p JOIN tree t ON p.signal_id = t.id", ids);
            Destroyed destroyed = new Destroyed(outcome.name(), retention, closedBefore, signalCount, persons, shares);
            result.add(destroyed);
            if (!dryRun) {
                jdbc.sql("DELETE FROM signals.signal WHERE id = ANY(:ids)").param("ids", ids).update();
                jdbc.sql("""
                        INSERT INTO signals.destruction_record (id, run_at, category, retention, closed_before,
                            signals_deleted, persons_deleted, shares_deleted)
                        VALUES (:id, :at, :category, :retention, :before, :signals, :persons, :shares)""")
                        .param("id", UUID.randomUUID()).param("at", Timestamp.from(now))
                        .param("category", "SIGNAL_" + outcome.name()).param("retention", retention.toString())
                        .param("before", Timestamp.from(closedBefore)).param("signals", signalCount)
                        .param("persons", persons).param("shares", shares).update();
            }
        }
        log.info("Signals retention {}: {}", dryRun ? "dry run" : "run",
                result.stream().map(d -> d.category() + "=" + d.signals()).toList());
        return result;
    }

    public record DestructionRecord(Instant runAt, String category, String retention, Instant closedBefore,
            int signals, int persons, int shares) {
    }

    public List<DestructionRecord> records() {
        return jdbc.sql("SELECT * FROM signals.destruction_record ORDER BY run_at DESC LIMIT 200")
                .query((rs, n) -> new DestructionRecord(rs.getTimestamp("run_at").toInstant(), rs.getString("category"),
                        rs.getString("retention"), rs.getTimestamp("closed_before").toInstant(),
                        rs.getInt("signals_deleted"), rs.getInt("persons_deleted"), rs.getInt("shares_deleted")))
                .list();
    }

    private int count(String sql, UUID[] ids) {
        return jdbc.sql(sql).param("ids", ids).query(Integer.class).single();
    }
}
