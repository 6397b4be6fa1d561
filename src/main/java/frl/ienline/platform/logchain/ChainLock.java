package frl.ienline.platform.logchain;

import io.micrometer.core.instrument.Metrics;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transaction-scoped advisory lock that puts every append of one log in one line, taken with a lock
 * timeout. The application's own database role can take the same lock at session level and keep it; a
 * plain {@code pg_advisory_xact_lock} would then wait for ever, and with it every read that must be
 * logged. Here the append gives up after the timeout with a clear error naming the holding session, logs
 * a warning and counts it ({@code ienline.log.lock.timeouts}), so the stall is visible and bounded.
 */
public final class ChainLock {

    private static final Logger log = LoggerFactory.getLogger(ChainLock.class);

    /** PostgreSQL's SQLSTATE for "lock_not_available" (a lock timeout). */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    /** An append that could not get the lock in time. */
    public static final class Unavailable extends IllegalStateException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ChainLock() {
    }

    /**
     * Takes the lock inside the current transaction of {@code jdbc}'s connection, waiting at most
     * {@code timeout}.
     *
     * @throws Unavailable when another session holds it longer
     */
    public static void acquire(JdbcClient jdbc, long key, Duration timeout, String logName) {
        jdbc.sql("SELECT set_config('lock_timeout', :timeout, true)").param("timeout", timeout.toMillis() + "ms")
                .query().listOfRows();
        jdbc.sql("SAVEPOINT ienline_chain_lock").update();
        try {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", key).query().listOfRows();
        } catch (DataAccessException e) {
            if (!LOCK_NOT_AVAILABLE.equals(sqlState(e))) {
                throw e;
            }
            jdbc.sql("ROLLBACK TO SAVEPOINT ienline_chain_lock").update(); // the transaction may ask who holds it
            Metrics.counter("ienline.log.lock.timeouts", "log", logName).increment();
            String message = "The " + logName + " is locked by another database session for more than "
                    + timeout.toMillis() + " ms; the access is refused instead of waiting. Find the session with"
                    + " SELECT pid, usename, application_name, state FROM pg_stat_activity JOIN pg_locks USING (pid)"
                    + " WHERE locktype = 'advisory' AND granted";
            log.warn("{} (the holding sessions belong to roles {})", message, holders(jdbc, key));
            throw new Unavailable(message, e);
        }
    }

    /** Who holds the lock: process id and role of each holding session. */
    private static List<String> holders(JdbcClient jdbc, long key) {
        try {
            return jdbc.sql("""
                    SELECT 'pid ' || l.pid || ' (' || coalesce(a.usename, '?') || ')' FROM pg_locks l
                    LEFT JOIN pg_stat_activity a ON a.pid = l.pid
                    WHERE l.locktype = 'advisory' AND l.granted
                      AND ((l.classid::bigint << 32) | l.objid::bigint) = :key""")
                    .param("key", key).query(String.class).list();
        } catch (DataAccessException unreadable) {
            return List.of("unknown: " + unreadable.getClass().getSimpleName());
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
