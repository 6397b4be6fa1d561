package frl.ienline.audit.internal;

import frl.ienline.shared.AccessEvent;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
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
 */
@Component
public class AccessLogAppender {

    /** Advisory lock key of the chain: the ASCII bytes of "ienl" and "alog". Held until commit. */
    static final long CHAIN_LOCK = 0x69656E6C_616C6F67L;

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AccessLogAppender(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setName("audit.access-log.append");
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
