package frl.ienline.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * So many attempts per key within a sliding window, from {@link ThrottleStore#rateLimit}. The window is
 * estimated from two fixed windows (the current count plus the previous one's, weighted by how much of
 * it still overlaps), so a client cannot double its budget at a window boundary. An attempt is reserved
 * atomically before the work it guards: N parallel requests never get more than the budget.
 */
public final class RateLimit {

    private final ThrottleStore store;
    private final String name;
    private final int limit;
    private final Duration window;

    RateLimit(ThrottleStore store, String name, int limit, Duration window) {
        ThrottleStore.requireName(name);
        if (limit < 1 || window == null || window.toMillis() < 1000) {
            throw new IllegalArgumentException("Throttle " + name + " needs a limit >= 1 and a window >= 1 s");
        }
        this.store = store;
        this.name = name;
        this.limit = limit;
        this.window = window;
    }

    public int limit() {
        return limit;
    }

    /** Counts one attempt when the budget allows it (then {@code allowed}); otherwise counts nothing. */
    public Verdict acquire(String key) {
        ThrottleStore.requireKey(key);
        Instant now = store.clock().instant();
        Instant start = windowStart(now);
        double elapsed = elapsed(now, start);
        int previous = hits(key, start.minus(window));
        int room = limit - carried(previous, elapsed);
        if (room > 0 && increment(key, start, room)) {
            return Verdict.allow(name, key, start);
        }
        ThrottleMetrics.refused(name);
        return Verdict.refuse(wait(previous, hits(key, start), elapsed));
    }

    /** Gives back an allowed attempt (e.g. the login succeeded), if its window is still counted. */
    public void refund(Verdict verdict) {
        if (verdict == null || !verdict.allowed() || !name.equals(verdict.name())) {
            return;
        }
        store.inOwnTransaction(() -> store.sql("""
                UPDATE {table} SET hits = hits - 1 WHERE name = :name AND key = :key AND window_start = :start AND hits > 0""")
                .param("name", name).param("key", verdict.key()).param("start", ThrottleStore.at(verdict.window()))
                .update());
    }

    /** Counts one attempt whatever the budget, and returns the estimated count within the window. */
    public int add(String key) {
        ThrottleStore.requireKey(key);
        Instant now = store.clock().instant();
        Instant start = windowStart(now);
        int current = store.inOwnTransaction(() -> store.sql("""
                INSERT INTO {table} AS c (name, key, window_start, hits, expires_at) VALUES (:name, :key, :start, 1, :expires)
                ON CONFLICT (name, key, window_start) DO UPDATE SET hits = c.hits + 1 RETURNING hits""")
                .param("name", name).param("key", key).param("start", ThrottleStore.at(start))
                .param("expires", ThrottleStore.at(start.plus(window.multipliedBy(2)))).query(Integer.class).single());
        return current + carried(hits(key, start.minus(window)), elapsed(now, start));
    }

    /** The estimated number of attempts within the window (nothing is counted). */
    public int count(String key) {
        Instant now = store.clock().instant();
        Instant start = windowStart(now);
        return hits(key, start) + carried(hits(key, start.minus(window)), elapsed(now, start));
    }

    /** Forgets every attempt under the key. */
    public void reset(String key) {
        store.inOwnTransaction(() -> store.sql("DELETE FROM {table} WHERE name = :name AND key = :key")
                .param("name", name).param("key", key).update());
    }

    /** Forgets every key of this throttle (an operator after an incident; tests). */
    public void resetAll() {
        store.inOwnTransaction(() -> store.sql("DELETE FROM {table} WHERE name = :name").param("name", name).update());
    }

    private boolean increment(String key, Instant start, int room) {
        Optional<Integer> hits = store.inOwnTransaction(() -> store.sql("""
                INSERT INTO {table} AS c (name, key, window_start, hits, expires_at) VALUES (:name, :key, :start, 1, :expires)
                ON CONFLICT (name, key, window_start) DO UPDATE SET hits = c.hits + 1 WHERE c.hits < :room
                RETURNING hits""")
                .param("name", name).param("key", key).param("start", ThrottleStore.at(start))
                .param("expires", ThrottleStore.at(start.plus(window.multipliedBy(2)))).param("room", room)
                .query(Integer.class).optional());
        return hits.isPresent();
    }

    private int hits(String key, Instant start) {
        return store.inOwnTransaction(() -> store.sql(
                "SELECT hits FROM {table} WHERE name = :name AND key = :key AND window_start = :start")
                .param("name", name).param("key", key).param("start", ThrottleStore.at(start))
                .query(Integer.class).optional().orElse(0));
    }

    private Instant windowStart(Instant now) {
        long length = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    private double elapsed(Instant now, Instant start) {
        return (now.toEpochMilli() - start.toEpochMilli()) / (double) window.toMillis();
    }

    private static int carried(int previous, double elapsed) {
        return (int) Math.ceil(previous * (1 - elapsed));
    }

    /** How long until one more attempt fits: later in this window, or some way into the next. */
    private Duration wait(int previous, int current, double elapsed) {
        double fraction;
        if (current < limit && previous > 0) {
            fraction = Math.max(0, 1 - (double) (limit - current) / previous) - elapsed;
        } else {
            fraction = (1 - elapsed) + Math.max(0, 1 - (double) limit / Math.max(1, current));
        }
        return Duration.ofMillis((long) Math.ceil(Math.max(fraction, 0) * window.toMillis()) + 1);
    }
}
