package frl.ienline.reporting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the statistics store: facts are appended to the journal and added to the daily counts in one
 * statement, so a fact that was already there (a redelivered event) changes nothing. {@link #rebuild()} makes
 * the daily counts again from the journal alone.
 */
@Repository
public class Journal {

    /** The rebuild: the same statements here and in {@code reporting rebuild}, so both agree. */
    public static final String REBUILD_DELETE = "DELETE FROM reporting.daily_count";
    /** Every change of the counts moves the store's version on (caches compare it). */
    public static final String BUMP_VERSION = "UPDATE reporting.store_version SET version = version + 1";
    public static final String REBUILD_INSERT = """
            INSERT INTO reporting.daily_count (day, municipality, measure, dimension, value)
            SELECT day, municipality, measure, dimension, sum(delta) FROM reporting.fact
             GROUP BY day, municipality, measure, dimension""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Journal(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the facts (those new to the journal) and adds them to the daily counts; returns how many were new. */
    @Transactional
    public int record(List<Fact> facts, boolean demo) {
        if (facts.isEmpty()) {
            return 0;
        }
        int recorded = jdbc.sql("""
                WITH new_facts AS (
                    INSERT INTO reporting.fact (event_key, day, municipality, measure, dimension, delta, demo, recorded_at)
                    SELECT f.k, f.d, f.m, f.me, f.di, f.de, :demo, :now
                      FROM unnest(CAST(:keys AS TEXT[]), CAST(:days AS DATE[]), CAST(:municipalities AS TEXT[]),
                                  CAST(:measures AS TEXT[]), CAST(:dimensions AS TEXT[]), CAST(:deltas AS INT[]))
                           AS f(k, d, m, me, di, de)
                    ON CONFLICT (event_key, measure, dimension, day) DO NOTHING
                    RETURNING day, municipality, measure, dimension, delta),
                counted AS (
                    INSERT INTO reporting.daily_count (day, municipality, measure, dimension, value)
                    SELECT day, municipality, measure, dimension, sum(delta) FROM new_facts
                     GROUP BY day, municipality, measure, dimension
                    ON CONFLICT (day, measure, municipality, dimension)
                    DO UPDATE SET value = daily_count.value + EXCLUDED.value
                    RETURNING 1)
                SELECT count(*) FROM new_facts""")
                .param("keys", facts.stream().map(Fact::eventKey).toArray(String[]::new))
                .param("days", facts.stream().map(f -> Date.valueOf(f.day())).toArray(Date[]::new))
                .param("municipalities", facts.stream().map(Fact::municipality).toArray(String[]::new))
                .param("measures", facts.stream().map(f -> f.measure().code()).toArray(String[]::new))
                .param("dimensions", facts.stream().map(Fact::dimension).toArray(String[]::new))
                .param("deltas", facts.stream().map(Fact::delta).toArray(Integer[]::new))
                .param("demo", demo).param("now", Timestamp.from(clock.instant()))
                .query(Integer.class).single();
        if (recorded > 0) {
            jdbc.sql(BUMP_VERSION).update();
        }
        return recorded;
    }

    /** The store's version: it changes whenever the counts change. */
    public long version() {
        return jdbc.sql("SELECT version FROM reporting.store_version").query(Long.class).single();
    }

    /**
     * Throws the daily counts away and sums them again from the journal. The result is what the facts built
     * one by one (a test holds it to that).
     */
    @Transactional
    public Rebuilt rebuild() {
        int before = jdbc.sql("SELECT count(*) FROM reporting.daily_count").query(Integer.class).single();
        jdbc.sql(REBUILD_DELETE).update();
        int after = jdbc.sql(REBUILD_INSERT).update();
        jdbc.sql(BUMP_VERSION).update();
        long facts = jdbc.sql("SELECT count(*) FROM reporting.fact").query(Long.class).single();
        return new Rebuilt(facts, before, after);
    }

    /** What a rebuild did: facts read, count rows before and after. */
    public record Rebuilt(long facts, int rowsBefore, int rowsAfter) {
    }

    /** What a sighting of a network in a municipality means: a network never seen before, and/or a move. */
    public record Presence(boolean newNetwork, java.util.Optional<String> movedFrom) {
    }

    /**
     * Notes that a network was seen in a municipality on a day. New anywhere: a new network. New in this
     * municipality while seen in another before: a move from the one it was most recently seen in.
     */
    public Presence networkSeen(String networkKey, String municipality, java.time.LocalDate day) {
        boolean first = jdbc.sql("""
                INSERT INTO reporting.network_presence (network_key, municipality, first_day) VALUES (:n, :m, :d)
                ON CONFLICT DO NOTHING""")
                .param("n", networkKey).param("m", municipality).param("d", day).update() == 1;
        if (!first) {
            return new Presence(false, java.util.Optional.empty());
        }
        java.util.Optional<String> before = jdbc.sql("""
                SELECT municipality FROM reporting.network_presence WHERE network_key = :n AND municipality <> :m
                 ORDER BY first_day DESC, municipality LIMIT 1""")
                .param("n", networkKey).param("m", municipality).query(String.class).optional();
        return new Presence(before.isEmpty(), before);
    }

    /** Whether the journal holds anything (the demo history is written only into an empty store). */
    public boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM reporting.fact)").query(Boolean.class).single();
    }
}
