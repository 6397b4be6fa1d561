package frl.ienline.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import frl.ienline.platform.logchain.AppendPool;
import frl.ienline.platform.logchain.ChainKeys;
import frl.ienline.platform.logchain.ChainLock;
import frl.ienline.shared.AccessEvent;
import io.micrometer.core.instrument.Metrics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
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
 * <p>Each append runs in its own transaction (REQUIRES_NEW) on a small pool of its own
 * ({@link AppendPool}): the entry stays when the business transaction rolls back, and a denied access is
 * logged although the request fails. The transaction first takes {@link #CHAIN_LOCK} ({@link ChainLock},
 * with a timeout), so appends from all threads and all instances form one line: read the head, chain to
 * it, insert, commit, release. Each entry is MACed with the current chain key, which the database does not
 * hold (form 2, ADR 0014). An entry without an actor (an anonymous public request) keeps the hour only:
 * a precise time could be matched with a proxy's log to find the reporter (review L15).
 */
@Component
public class AccessLogAppender implements DisposableBean {

    /** Advisory lock key of the chain: the ASCII bytes of "ienl" and "alog". Held until commit. */
    static final long CHAIN_LOCK = 0x69656E6C_616C6F67L;

    private final HikariDataSource appendPool;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final ChainKeys keys;
    private final Duration lockTimeout;

    AccessLogAppender(DataSource application, AccessLogKeys keys,
            @Value("${ienline.audit.chain.lock-timeout:5s}") Duration lockTimeout) {
        this.appendPool = AppendPool.copyOf(application, "ienline-access-log");
        this.jdbc = JdbcClient.create(appendPool);
        this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(appendPool));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setName("audit.access-log.append");
        this.keys = keys.ring();
        this.lockTimeout = lockTimeout;
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
        AccessLogEntry appended = ownTransaction.execute(status -> {
            ChainLock.acquire(jdbc, CHAIN_LOCK, lockTimeout, "access log");
            Head head = jdbc.sql("SELECT seq, hash FROM audit.access_log ORDER BY seq DESC LIMIT 1")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
                    .optional().orElse(Head.GENESIS);
            AccessLogEntry entry = new AccessLogEntry(head.seq() + 1, UUID.randomUUID(), CanonicalForm.KEYED,
                    storedTime(event), event.actorId(), event.actorName(), event.roles(), event.organisation(),
                    event.action().name(), event.objectType(), event.objectId(), event.subjectPseudonym(),
                    event.purpose(), event.result().name(),
                    event.municipality() == null ? null : event.municipality().value(), keys.currentId(), head.hash(),
                    null);
            AccessLogEntry hashed = entry.withHash(keys.mac(head.hash(),
                    CanonicalForm.of(entry).getBytes(StandardCharsets.UTF_8)));
            insert(hashed);
            return hashed;
        });
        Metrics.counter("ienline.log.appends", "log", "access").increment(); // ADR 0021; the global registry holds Prometheus'
        return appended;
    }

    /** Microseconds, as PostgreSQL keeps them; the hour only when nobody is signed in. */
    static Instant storedTime(AccessEvent event) {
        return event.actorId() == null ? event.occurredAt().truncatedTo(ChronoUnit.HOURS)
                : CanonicalForm.storedPrecision(event.occurredAt());
    }

    private void insert(AccessLogEntry e) {
        jdbc.sql("""
                INSERT INTO audit.access_log (seq, id, format, occurred_at, actor_id, actor_name, actor_roles,
                    actor_organisation, action, object_type, object_id, subject_pseudonym, purpose, result,
                    municipality, key_id, prev_hash, hash, correlation_id)
                VALUES (:seq, :id, :format, :occurredAt, :actorId, :actorName, :actorRoles, :actorOrganisation,
                    :action, :objectType, :objectId, :subjectPseudonym, :purpose, :result, :municipality, :keyId,
                    :previousHash, :hash, :correlationId)
                """)
                .param("seq", e.seq()).param("id", e.id()).param("format", e.format())
                .param("occurredAt", e.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actorId", e.actorId()).param("actorName", e.actorName()).param("actorRoles", e.actorRoles())
                .param("actorOrganisation", e.actorOrganisation()).param("action", e.action())
                .param("objectType", e.objectType()).param("objectId", e.objectId())
                .param("subjectPseudonym", e.subjectPseudonym()).param("purpose", e.purpose())
                .param("result", e.result()).param("municipality", e.municipality()).param("keyId", e.keyId())
                .param("previousHash", e.previousHash()).param("hash", e.hash())
                .param("correlationId", correlationId())
                .update();
    }

    /**
     * The request's correlation id (platform's {@code CorrelationId} puts it in the MDC under this key), so an entry
     * leads to the application log lines of the same request (issue 18, V194). Outside the chained fields: it
     * points to the logs, it is no evidence itself. Null outside a request (jobs, commands).
     */
    static String correlationId() {
        String id = MDC.get(CORRELATION_MDC_KEY);
        return id != null && id.matches("[0-9A-Z]{1,32}") ? id : null;
    }

    /** {@code frl.ienline.platform.web.CorrelationId.MDC_KEY}; platform's web package is not audit's to import. */
    static final String CORRELATION_MDC_KEY = "correlationId";

    private record Head(long seq, String hash) {
        static final Head GENESIS = new Head(0, ChainHash.GENESIS);
    }
}
