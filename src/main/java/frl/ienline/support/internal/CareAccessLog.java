package frl.ienline.support.internal;

import com.zaxxer.hikari.HikariDataSource;
import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.logchain.AppendPool;
import frl.ienline.platform.logchain.CanonicalText;
import frl.ienline.platform.logchain.ChainKeys;
import frl.ienline.platform.logchain.ChainLock;
import frl.ienline.platform.logchain.ChainMac;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CareSideAccess;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The care-side access log (inside the support schema, append-only for the care role, keyed chain):
 * which care staff member viewed or changed which member, report or contact, when and why, and every
 * refusal inside the compartment. It exists so the enforcement-side access log — readable by a
 * municipality's privacy officer — never names anyone from the care compartment. Members' own actions and
 * anonymous public actions are not logged.
 *
 * <p>Each entry is written in its own transaction on a small care-role pool of its own ({@link AppendPool}),
 * as the access log does: a refusal inside a read-only business transaction is still written, and stays
 * when that transaction rolls back (review M6, D7). Appends are serialised by the chain lock (with a
 * timeout, {@link ChainLock}); the sequence number is previous + 1, so a gap means a deletion. The entry is
 * MACed with the care log's key ({@link CareLogKeys}); the actor is kept as a keyed reference
 * ({@link CareLogEntry} describes both forms). A failed append fails the access.
 */
@Component
public class CareAccessLog implements DisposableBean {

    public enum Action { VIEW, SEARCH, CREATE, CHANGE, DELETE, PRINT }

    /** Advisory lock key of the care chain: the ASCII bytes of "ienl" and "clog". Held until commit. */
    static final long CHAIN_LOCK = 0x69656E6C_636C6F67L;
    /** Longest object id kept (a refused path can be anything a client sends). */
    static final int MAX_OBJECT_ID = 300;

    static final String COLUMNS = """
            SELECT seq, format, occurred_at, actor_ref, actor_name, organisation, roles, action, object_type,
                   object_id, subject, purpose, result, key_id, previous_hash, hash
            FROM support.care_access_log""";

    private final HikariDataSource appendPool;
    private final JdbcClient append;
    private final TransactionTemplate ownTransaction;
    private final CareJdbc db;
    private final ChainKeys keys;
    private final Clock clock;
    private final Duration lockTimeout;

    CareAccessLog(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care, CareJdbc db, CareLogKeys keys,
            Clock clock, @Value("${ienline.support.log.lock-timeout:5s}") Duration lockTimeout) {
        this.appendPool = AppendPool.copyOf(care, "ienline-care-log");
        this.append = JdbcClient.create(appendPool);
        this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(appendPool));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setName("support.care-log.append");
        this.db = db;
        this.keys = keys.ring();
        this.clock = clock;
        this.lockTimeout = lockTimeout;
    }

    @Override
    public void destroy() {
        appendPool.close();
    }

    public void allowed(Actor actor, Action action, String objectType, Object objectId, String subject, String purpose) {
        append(actor.id(), actor.username(), actor.organisationCode(), roles(actor), action.name(), objectType, objectId,
                subject, purpose, "ALLOWED");
    }

    /** A refusal inside the compartment: someone who is not care staff, or care staff outside their function. */
    public void denied(Actor actor, String objectType) {
        denied(actor, Action.VIEW, objectType, null, "refused: not care staff");
    }

    public void denied(Actor actor, Action action, String objectType, Object objectId, String purpose) {
        append(actor.id(), actor.username(), actor.organisationCode(), roles(actor), action.name(), objectType, objectId,
                null, purpose, "DENIED");
    }

    /** Accesses the shared recorder routes here: refusals on walled paths, refusals of care actors elsewhere. */
    @EventListener
    void on(CareSideAccess access) {
        append(access.actorId(), access.actorName(), access.organisation(), access.roles(), access.action().name(),
                access.objectType(), access.objectId(), null, access.purpose(), access.result().name());
    }

    private void append(UUID actorId, String actorName, String organisation, String roles, String action,
            String objectType, Object objectId, String subject, String purpose, String result) {
        ownTransaction.executeWithoutResult(status -> {
            ChainLock.acquire(append, CHAIN_LOCK, lockTimeout, "care log");
            Head head = append.sql("SELECT seq, hash FROM support.care_access_log ORDER BY seq DESC LIMIT 1")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional().orElse(Head.GENESIS);
            Instant now = CanonicalText.storedPrecision(clock.instant());
            CareLogEntry entry = new CareLogEntry(head.seq() + 1, CareLogEntry.KEYED, now, reference(actorId), actorName,
                    organisation, roles, action, objectType, loggable(objectId), subject, purpose, result,
                    keys.currentId(), head.hash(), null);
            String mac = keys.mac(head.hash(), entry.canonical().getBytes(StandardCharsets.UTF_8));
            append.sql("""
                    INSERT INTO support.care_access_log (seq, format, occurred_at, actor_id, actor_ref, actor_name,
                        organisation, roles, action, object_type, object_id, subject, purpose, result, key_id,
                        previous_hash, hash)
                    VALUES (:seq, :format, :at, NULL, :actorRef, :actorName, :org, :roles, :action, :type, :id,
                        :subject, :purpose, :result, :keyId, :prev, :hash)""")
                    .param("seq", entry.seq()).param("format", entry.format()).param("at", now.atOffset(ZoneOffset.UTC))
                    .param("actorRef", entry.actorRef()).param("actorName", actorName).param("org", organisation)
                    .param("roles", roles).param("action", action).param("type", objectType)
                    .param("id", entry.objectId()).param("subject", subject).param("purpose", purpose)
                    .param("result", result).param("keyId", entry.keyId()).param("prev", head.hash())
                    .param("hash", mac).update();
        });
        io.micrometer.core.instrument.Metrics.counter("ienline.log.appends", "log", "care").increment(); // ADR 0021
    }

    /** The actor as a keyed reference: the entry says who to whoever holds the key, not to a reader of the table. */
    private String reference(UUID actorId) {
        return actorId == null ? null
                : ChainMac.keyed(keys.current(), ChainMac.GENESIS, ("actor:" + actorId).getBytes(StandardCharsets.UTF_8));
    }

    /** An object id as it may be stored: no control characters (PostgreSQL refuses NUL), bounded length. */
    static String loggable(Object objectId) {
        if (objectId == null) {
            return null;
        }
        String id = objectId.toString().codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return id.length() <= MAX_OBJECT_ID ? id : id.substring(0, MAX_OBJECT_ID) + "…";
    }

    /** The organisation's own entries, newest first (care staff see their organisation's log). */
    public List<CareLogEntry> recent(String organisation, int limit) {
        return db.query(COLUMNS + " WHERE organisation = :org ORDER BY seq DESC LIMIT :limit")
                .param("org", organisation).param("limit", limit).query((rs, n) -> read(rs)).list();
    }

    /**
     * Refusals of people without a care role, newest first: attempts from outside on the walled pages, which
     * every care organisation may see.
     */
    public List<CareLogEntry> outsiderRefusals(int limit) {
        return db.query(COLUMNS + " WHERE result = 'DENIED' AND roles NOT LIKE '%CARE_WORKER%'"
                + " AND roles NOT LIKE '%SOUNDING_BOARD_COORDINATOR%' ORDER BY seq DESC LIMIT :limit")
                .param("limit", limit).query((rs, n) -> read(rs)).list();
    }

    static CareLogEntry read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        return new CareLogEntry(rs.getLong("seq"), rs.getInt("format"), at == null ? null : at.toInstant(),
                rs.getString("actor_ref"), rs.getString("actor_name"), rs.getString("organisation"),
                rs.getString("roles"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("subject"), rs.getString("purpose"), rs.getString("result"), rs.getString("key_id"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String roles(Actor actor) {
        return actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private record Head(long seq, String hash) {
        static final Head GENESIS = new Head(0, ChainMac.GENESIS);
    }
}
