package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.SupportFigures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anonymous counts for the regional dashboards, small numbers suppressed (the only data that leaves). */
@Service
@Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
class Statistics implements SupportFigures {

    private final CareJdbc db;
    private final Clock clock;

    Statistics(CareJdbc db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Counts counts(LocalDate from, LocalDate toExclusive) {
        if (from == null || toExclusive == null || !from.isBefore(toExclusive)) {
            throw new IllegalArgumentException("A period needs from < to");
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = toExclusive.atStartOfDay(clock.getZone()).toInstant();
        return new Counts(from, toExclusive,
                SuppressedCount.of(count("support.incident_report", "submitted_at", start, end)),
                SuppressedCount.of(count("support.alert", "published_at", start, end)),
                SuppressedCount.of(db.query("SELECT count(*) FROM support.client_check WHERE checked_on >= :f AND checked_on < :t")
                        .param("f", from).param("t", toExclusive).query(Long.class).single()),
                SuppressedCount.of(db.query("""
                        SELECT count(*) FROM support.meetup WHERE NOT cancelled AND starts_at >= :f AND starts_at < :t""")
                        .param("f", Timestamp.from(start)).param("t", Timestamp.from(end)).query(Long.class).single()),
                SuppressedCount.of(db.query("SELECT count(*) FROM support.member WHERE created_at < :t AND NOT demo")
                        .param("t", Timestamp.from(end)).query(Long.class).single()));
    }

    private long count(String table, String column, Instant from, Instant to) {
        return db.query("SELECT count(*) FROM " + table + " WHERE " + column + " >= :f AND " + column + " < :t")
                .param("f", Timestamp.from(from)).param("t", Timestamp.from(to)).query(Long.class).single();
    }
}
