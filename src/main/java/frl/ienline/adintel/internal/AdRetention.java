package frl.ienline.adintel.internal;

import frl.ienline.rulebook.Retention;
import frl.ienline.rulebook.RetentionCategory;
import frl.ienline.rulebook.Rulebook;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes ads not linked to any case (no {@code adintel.hold}) once the rulebook's {@code AD_NOT_LINKED} period
 * has passed since they were last seen, with their snapshots, entities, indicators and moves, and writes a
 * destruction record with counts only. Afterwards the engine is rebuilt from what is left.
 */
@Component
public class AdRetention {

    private static final Logger log = LoggerFactory.getLogger(AdRetention.class);

    /** What one run did. */
    public record Run(Instant lastSeenBefore, int ads, int snapshots, boolean dryRun) {
    }

    private final JdbcClient jdbc;
    private final Rulebook rulebook;
    private final AdImports imports;
    private final EngineAcrossNodes nodes;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean dryRun;

    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AdRetention(JdbcClient jdbc, Rulebook rulebook, AdImports imports, EngineAcrossNodes nodes, Clock clock, AdintelProperties properties,
            @Value("${ienline.time-zone:Europe/Amsterdam}") String zone,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.rulebook = rulebook;
        this.imports = imports;
        this.nodes = nodes;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.dryRun = properties.retentionDryRun();
    }

    @Scheduled(cron = "0 40 3 * * *", zone = "${ienline.time-zone:Europe/Amsterdam}")
    @SchedulerLock(name = "adintel-retention")
    public void nightly() {
        run(dryRun);
    }

    public Run run(boolean dry) {
        Run run = transactions.execute(status -> delete(dry));
        if (!dry && run.ads() > 0) {
            imports.rebuild();
            nodes.deleted();
        }
        return run;
    }

    private Run delete(boolean dry) {
        Retention retention = rulebook.active().retention(RetentionCategory.AD_NOT_LINKED);
        Instant now = clock.instant();
        Instant cutoff = now.atZone(zone).minus(retention.period()).toInstant();
        List<UUID> expired = jdbc.sql("""
                SELECT a.id FROM adintel.ad a WHERE a.last_seen_at < ?
                AND NOT EXISTS (SELECT 1 FROM adintel.hold h WHERE h.ad_id = a.id)""")
                .param(Timestamp.from(cutoff)).query(UUID.class).list();
        int ads;
        int snapshots;
        if (dry) {
            ads = expired.size();
            snapshots = expired.isEmpty() ? 0 : jdbc.sql("SELECT count(*) FROM adintel.snapshot WHERE ad_id = ANY (?::uuid[])")
                    .param(expired.toArray(UUID[]::new)).query(Integer.class).single();
        } else if (expired.isEmpty()) {
            ads = 0;
            snapshots = 0;
        } else {
            var counts = jdbc.sql("SELECT ads_deleted, snapshots_deleted FROM adintel.delete_ads(?::uuid[])")
                    .param(expired.toArray(UUID[]::new)).query().singleRow();
            ads = ((Number) counts.get("ads_deleted")).intValue();
            snapshots = ((Number) counts.get("snapshots_deleted")).intValue();
        }
        jdbc.sql("""
                INSERT INTO adintel.destruction (ran_at, category, last_seen_before, ads_deleted, snapshots_deleted, dry_run)
                VALUES (?, 'AD_NOT_LINKED', ?, ?, ?, ?)""")
                .params(Timestamp.from(now), Timestamp.from(cutoff), ads, snapshots, dry).update();
        log.info("Ad retention{}: {} ads and {} snapshots last seen before {}", dry ? " (dry run)" : "", ads, snapshots,
                cutoff);
        return new Run(cutoff, ads, snapshots, dry);
    }
}
