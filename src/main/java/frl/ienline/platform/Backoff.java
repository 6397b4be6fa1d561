package frl.ienline.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A progressive delay per key instead of a lock, from {@link ThrottleStore#backoff}: the first
 * {@code free} attempts pass at once; after that one attempt passes per delay, which doubles from
 * {@code firstDelay} up to {@code maxDelay}. Nobody is ever locked out for longer than {@code maxDelay},
 * yet a guesser gets at most one try per delay, however many clients or nodes it uses: each attempt is
 * counted, and the next delay set, by one atomic statement before the work it guards.
 */
public final class Backoff {

    /** Backoff rows have one "window": they live from the first attempt until {@code memory} after the last. */
    private static final Timestamp ONE_WINDOW = Timestamp.from(Instant.EPOCH);

    private final ThrottleStore store;
    private final String name;
    private final int free;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration memory;

    Backoff(ThrottleStore store, String name, int free, Duration firstDelay, Duration maxDelay, Duration memory) {
        ThrottleStore.requireName(name);
        if (free < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || memory.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("Backoff " + name + " needs free >= 1 and firstDelay <= maxDelay <= memory");
        }
        this.store = store;
        this.name = name;
        this.free = free;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.memory = memory;
    }

    /** Counts the attempt and lets it pass, or refuses it until the current delay has passed. */
    public Verdict enter(String key) {
        ThrottleStore.requireKey(key);
        Instant now = store.clock().instant();
        Optional<Integer> passed = store.inOwnTransaction(() -> store.sql("""
                INSERT INTO {table} AS c (name, key, window_start, hits, not_before, expires_at)
                VALUES (:name, :key, :epoch, 1, CASE WHEN 1 >= :free THEN CAST(:now AS timestamptz) + CAST(:first AS float8) * interval '1 millisecond' END, :expires)
                ON CONFLICT (name, key, window_start) DO UPDATE SET
                    hits = CASE WHEN c.expires_at <= :now THEN 1 ELSE c.hits + 1 END,
                    not_before = CASE
                        WHEN c.expires_at <= :now THEN CASE WHEN 1 >= :free THEN CAST(:now AS timestamptz) + CAST(:first AS float8) * interval '1 millisecond' END
                        WHEN c.hits + 1 < :free THEN NULL
                        ELSE CAST(:now AS timestamptz) + LEAST(CAST(:max AS float8), CAST(:first AS float8) * power(2, LEAST(40, c.hits + 1 - :free)))
                                    * interval '1 millisecond' END,
                    expires_at = :expires
                WHERE c.expires_at <= :now OR c.not_before IS NULL OR c.not_before <= :now
                RETURNING hits""")
                .param("name", name).param("key", key).param("epoch", ONE_WINDOW).param("now", ThrottleStore.at(now))
                .param("free", free).param("first", firstDelay.toMillis()).param("max", maxDelay.toMillis())
                .param("expires", ThrottleStore.at(now.plus(memory))).query(Integer.class).optional());
        if (passed.isPresent()) {
            return Verdict.allow(name, key, Instant.EPOCH);
        }
        Instant notBefore = store.inOwnTransaction(() -> store.sql(
                "SELECT not_before FROM {table} WHERE name = :name AND key = :key AND window_start = :epoch")
                .param("name", name).param("key", key).param("epoch", ONE_WINDOW)
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant).orElse(now));
        ThrottleMetrics.refused(name);
        return Verdict.refuse(Duration.between(now, notBefore));
    }

    /** The attempts counted under the key and not yet forgotten. */
    public int attempts(String key) {
        Instant now = store.clock().instant();
        return store.inOwnTransaction(() -> store.sql("""
                SELECT hits FROM {table} WHERE name = :name AND key = :key AND window_start = :epoch AND expires_at > :now""")
                .param("name", name).param("key", key).param("epoch", ONE_WINDOW).param("now", ThrottleStore.at(now))
                .query(Integer.class).optional().orElse(0));
    }

    /** Forgets the key's attempts and delay (e.g. after a successful login). */
    public void reset(String key) {
        store.inOwnTransaction(() -> store.sql("DELETE FROM {table} WHERE name = :name AND key = :key")
                .param("name", name).param("key", key).update());
    }

    /** Forgets every key of this throttle (an operator after an incident; tests). */
    public void resetAll() {
        store.inOwnTransaction(() -> store.sql("DELETE FROM {table} WHERE name = :name").param("name", name).update());
    }
}
