package frl.ienline.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one throttle kit (ADR 0013): counters in a PostgreSQL table that every application node shares,
 * changed by single atomic statements ({@code INSERT … ON CONFLICT … RETURNING}), so parallel requests
 * cannot overdraw a budget and a failure counted on one node throttles on the other.
 *
 * <p>A module asks the store for the throttles it needs, each with its own name, budget and window:
 * {@link #rateLimit} (so many attempts per sliding window) and {@link #backoff} (a few free attempts,
 * then one per growing delay). Every other module uses the application's store ({@code public.throttle_counter});
 * the support compartment has its own store behind the wall ({@code support.throttle_counter} on the care
 * role's pool). Keys are never client addresses: use {@link ClientKeys} for clients.
 *
 * <p>Statements run in their own transaction: a count survives the rollback of the caller's work.
 */
public final class ThrottleStore {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.throttle_counter");

    private final JdbcClient db;
    private final TransactionTemplate own;
    private final String table;
    private final Clock clock;

    /** @param table {@code <schema>.throttle_counter}, created by the schema's migration */
    public ThrottleStore(DataSource dataSource, String table, Clock clock) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a throttle table: " + table);
        }
        this.db = JdbcClient.create(dataSource);
        this.own = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.table = table;
        this.clock = clock;
    }

    /** At most {@code limit} attempts per key within any {@code window} (a sliding estimate over two fixed windows). */
    public RateLimit rateLimit(String name, int limit, Duration window) {
        return new RateLimit(this, name, limit, window);
    }

    /**
     * {@code free} attempts per key without delay; after that one attempt per delay, which starts at
     * {@code firstDelay} and doubles up to {@code maxDelay}. A key is forgotten {@code memory} after its
     * last attempt, or at once by {@link Backoff#reset(String)}.
     */
    public Backoff backoff(String name, int free, Duration firstDelay, Duration maxDelay, Duration memory) {
        return new Backoff(this, name, free, firstDelay, maxDelay, memory);
    }

    /** Deletes rows whose window has passed; returns how many. Safe to run on every node at once. */
    public int removeExpired() {
        return inOwnTransaction(() -> db.sql("DELETE FROM " + table + " WHERE expires_at < :now")
                .param("now", Timestamp.from(clock.instant())).update());
    }

    Clock clock() {
        return clock;
    }

    JdbcClient.StatementSpec sql(String sql) {
        return db.sql(sql.replace("{table}", table));
    }

    <T> T inOwnTransaction(Supplier<T> work) {
        return own.execute(status -> work.get());
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    static void requireName(String name) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9:._-]{0,60}")) {
            throw new IllegalArgumentException("A throttle name is lower case letters, digits and -:._ : " + name);
        }
    }

    static void requireKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 200) {
            throw new IllegalArgumentException("A throttle key is 1 to 200 characters");
        }
    }
}
