package frl.ienline.audit.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import frl.ienline.shared.AccessEvent;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends every {@link AccessEvent} to the chain, synchronously: a plain {@link EventListener} (not a
 * Modulith listener), so the entry is written before the caller goes on, nothing lands in the event
 * publication table, and a failed append fails the access that caused it.
 *
 * <p>Each append runs in its own transaction (REQUIRES_NEW): the entry stays when the business transaction
 * rolls back, and a denied access is logged although the request fails. The transaction first takes
 * {@link #CHAIN_LOCK} with {@code pg_advisory_xact_lock}, so appends from all threads and all application
 * instances on the database form one line: read the head, chain to it, insert, commit, release.
 *
 * <p>The appends use a small pool of their own ({@value #POOL_SIZE} connections, same URL and role as the
 * application's pool). With one shared pool, N concurrent requests that each hold a connection in a
 * business transaction and then append would wait for an (N+1)th connection that never comes free: the
 * pool would deadlock until its timeout. Appends are serialised by the advisory lock anyway, so a second
 * connection is only there to let the next append queue at the lock instead of at the pool.
 */
@Component
public class AccessLogAppender implements DisposableBean {

    /** Connections of the append pool. */
    static final int POOL_SIZE = 2;

    /** Advisory lock key of the chain: the ASCII bytes of "ienl" and "alog". Held until commit. */
    static final long CHAIN_LOCK = 0x69656E6C_616C6F67L;

    private final HikariDataSource appendPool;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AccessLogAppender(DataSource application) {
        this.appendPool = appendPool(application);
        this.jdbc = JdbcClient.create(appendPool);
        this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(appendPool));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setName("audit.access-log.append");
    }

    private static HikariDataSource appendPool(DataSource application) {
        HikariDataSource pool;
        try {
            pool = application.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException notHikari) {
            throw new IllegalStateException("The access log needs the application's Hikari pool to copy its"
                    + " connection settings from", notHikari);
        }
        HikariConfig config = new HikariConfig();
        pool.copyStateTo(config); // every setting of the application's pool (SSL, init SQL, timeouts…), then ours
        config.setPoolName("ienline-access-log");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    @Override
    public void destroy() {
        appendPool.close();
    }

    @EventListener
    void on(AccessEvent event) {
        append(event);
    }

    /** Writes the event as the next entry of the chain and returns that entry; any failure propagates. */
    public AccessLogEntry append(AccessEvent event) {
        return ownTransaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().listOfRows();
            Head head = jdbc.sql("SELECT seq, hash FROM audit.access_log ORDER BY seq DESC LIMIT 1")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                    .optional().orElse(Head.GENESIS);
            AccessLogEntry entry = new AccessLogEntry(head.seq() + 1, UUID.randomUUID(), CanonicalForm.VERSION,
                    CanonicalForm.storedPrecision(event.occurredAt()), event.actorId(), event.actorName(),
                    event.roles(), event.organisation(), event.action().name(), event.objectType(),
                    event.objectId(), event.subjectPseudonym(), event.purpose(), event.result().name(), head.hash(),
                    null);
            AccessLogEntry hashed = entry.withHash(ChainHash.of(head.hash(), entry));
            insert(hashed);
            return hashed;
        });
    }

    private void insert(AccessLogEntry e) {
        jdbc.sql("""
                INSERT INTO audit.access_log (seq, id, format, occurred_at, actor_id, actor_name, actor_roles,
                    actor_organisation, action, object_type, object_id, subject_pseudonym, purpose, result,
                    prev_hash, hash)
                VALUES (:seq, :id, :format, :occurredAt, :actorId, :actorName, :actorRoles, :actorOrganisation,
                    :action, :objectType, :objectId, :subjectPseudonym, :purpose, :result, :previousHash, :hash)
                """)
                .param("seq", e.seq()).param("id", e.id()).param("format", e.format())
                .param("occurredAt", e.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actorId", e.actorId()).param("actorName", e.actorName()).param("actorRoles", e.actorRoles())
                .param("actorOrganisation", e.actorOrganisation()).param("action", e.action())
                .param("objectType", e.objectType()).param("objectId", e.objectId())
                .param("subjectPseudonym", e.subjectPseudonym()).param("purpose", e.purpose())
                .param("result", e.result()).param("previousHash", e.previousHash()).param("hash", e.hash())
                .update();
    }

    private record Head(long seq, String hash) {
        static final Head GENESIS = new Head(0, ChainHash.GENESIS);
    }
}
