package frl.ienline.support.internal;

import frl.ienline.shared.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care-side access log (inside the support schema, append-only for the care role, hash-chained):
 * which care staff member viewed or changed which member, report or contact, when and why. It exists
 * so the enforcement-side access log — readable by a municipality's privacy officer — never names
 * anyone from the care compartment. Members' own actions and anonymous public actions are not logged.
 */
@Component
@Transactional(transactionManager = frl.ienline.platform.CareCompartmentDatabase.TRANSACTIONS,
        propagation = Propagation.REQUIRED)
public class CareAccessLog {

    public enum Action { VIEW, SEARCH, CREATE, CHANGE, DELETE, PRINT }

    public record Entry(long seq, Instant occurredAt, String actorName, String organisation, String roles,
            String action, String objectType, String objectId, String subject, String purpose, String result,
            String previousHash, String hash) {
    }

    private final CareJdbc db;
    private final Clock clock;

    CareAccessLog(CareJdbc db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void allowed(Actor actor, Action action, String objectType, Object objectId, String subject, String purpose) {
        append(actor, action.name(), objectType, objectId, subject, purpose, "ALLOWED");
    }

    public void denied(Actor actor, String objectType) {
        append(actor, Action.VIEW.name(), objectType, null, null, "refused: not care staff", "DENIED");
    }

    private void append(Actor actor, String action, String objectType, Object objectId, String subject, String purpose,
            String result) {
        db.query("SELECT pg_advisory_xact_lock(7007)").query().listOfRows();
        String previous = db.query("SELECT hash FROM support.care_access_log ORDER BY seq DESC LIMIT 1")
                .query(String.class).optional().orElse("genesis");
        // microseconds, as PostgreSQL keeps them: a nanosecond instant is rounded on the way in, which can move
        // its millisecond and break the recomputed hash of this entry
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String roles = actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        String id = objectId == null ? null : objectId.toString();
        String hash = hash(previous, now, actor.username(), actor.organisationCode(), roles, action, objectType, id,
                subject, purpose, result);
        db.query("""
                INSERT INTO support.care_access_log (occurred_at, actor_id, actor_name, organisation, roles, action,
                    object_type, object_id, subject, purpose, result, previous_hash, hash)
                VALUES (:at, :actorId, :actorName, :org, :roles, :action, :type, :id, :subject, :purpose, :result, :prev, :hash)
                """)
                .param("at", java.sql.Timestamp.from(now)).param("actorId", actor.id()).param("actorName", actor.username())
                .param("org", Objects.requireNonNullElse(actor.organisationCode(), "")).param("roles", roles)
                .param("action", action).param("type", objectType).param("id", id).param("subject", subject)
                .param("purpose", purpose).param("result", result).param("prev", previous).param("hash", hash)
                .update();
    }

    /** The organisation's own entries, newest first (care staff see their organisation's log). */
    public List<Entry> recent(String organisation, int limit) {
        return db.query("""
                SELECT seq, occurred_at, actor_name, organisation, roles, action, object_type, object_id, subject,
                       purpose, result, previous_hash, hash
                FROM support.care_access_log WHERE organisation = :org ORDER BY seq DESC LIMIT :limit
                """).param("org", organisation).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)))
                .list();
    }

    /** Recomputes the chain; the first entry whose hash does not match, or empty when intact. */
    public java.util.Optional<Long> firstBrokenEntry() {
        List<Entry> all = db.query("""
                SELECT seq, occurred_at, actor_name, organisation, roles, action, object_type, object_id, subject,
                       purpose, result, previous_hash, hash FROM support.care_access_log ORDER BY seq
                """).query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13))).list();
        String previous = "genesis";
        for (Entry e : all) {
            String expected = hash(previous, e.occurredAt(), e.actorName(), e.organisation(), e.roles(), e.action(),
                    e.objectType(), e.objectId(), e.subject(), e.purpose(), e.result());
            if (!e.previousHash().equals(previous) || !e.hash().equals(expected)) {
                return java.util.Optional.of(e.seq());
            }
            previous = e.hash();
        }
        return java.util.Optional.empty();
    }

    private static String hash(String previous, Instant at, Object... fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous.getBytes(StandardCharsets.UTF_8));
            digest.update(("|" + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            for (Object field : fields) {
                digest.update(("|" + (field == null ? "" : field)).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
