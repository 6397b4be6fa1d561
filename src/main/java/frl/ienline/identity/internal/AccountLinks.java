package frl.ienline.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-time links in {@code identity.account_link}: a user sets their own password ({@link Purpose#PASSWORD})
 * or binds their identity at an OpenID Connect provider ({@link Purpose#IDP}) through a link that an
 * administrator issued. The token (256 random bits) exists only in the link; the table keeps its SHA-256.
 * A link works once and until it expires; issuing a new one revokes the user's earlier unused link of the
 * same purpose.
 */
class AccountLinks {

    enum Purpose { PASSWORD, IDP }

    /** A freshly issued link; {@code token} is never stored and must be shown or sent once, never logged. */
    record Issued(UUID id, Purpose purpose, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[" + id + ", " + purpose + "]";
        }
    }

    /** A stored link that can still be used. */
    record Link(UUID id, UUID userId, Purpose purpose, Instant expiresAt) {
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    AccountLinks(JdbcClient jdbc, Clock clock, Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    Issued issue(UUID userId, Purpose purpose, UUID issuedBy, UUID approvedBy) {
        Instant now = clock.instant();
        jdbc.sql("""
                UPDATE identity.account_link SET revoked_at = :now
                 WHERE user_id = :user AND purpose = :purpose AND used_at IS NULL AND revoked_at IS NULL
                """).param("user", userId).param("purpose", purpose.name()).param("now", Timestamp.from(now)).update();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Instant expires = now.plus(validity);
        jdbc.sql("""
                INSERT INTO identity.account_link (id, user_id, purpose, token_hash, issued_by, approved_by, created_at,
                    expires_at)
                VALUES (:id, :user, :purpose, :hash, :issuedBy, :approvedBy, :now, :expires)
                """)
                .param("id", id).param("user", userId).param("purpose", purpose.name()).param("hash", hash(token))
                .param("issuedBy", issuedBy).param("approvedBy", approvedBy).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        return new Issued(id, purpose, token, expires);
    }

    /** The link this token belongs to, if it has this purpose and is unused, unrevoked and unexpired. */
    Optional<Link> valid(String token, Purpose purpose) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, user_id, purpose, expires_at FROM identity.account_link WHERE token_hash = :hash"
                        + " AND purpose = :purpose AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now")
                .param("hash", hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(clock.instant()))
                .query(AccountLinks::map).optional();
    }

    /** The same by id (a link the session remembered while the user was at the identity provider). */
    Optional<Link> valid(UUID id, Purpose purpose) {
        return jdbc.sql("SELECT id, user_id, purpose, expires_at FROM identity.account_link WHERE id = :id"
                        + " AND purpose = :purpose AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now")
                .param("id", id).param("purpose", purpose.name()).param("now", Timestamp.from(clock.instant()))
                .query(AccountLinks::map).optional();
    }

    /** Marks the link used, only if it still can be; true when this call used it (so it works exactly once). */
    boolean use(UUID id) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                UPDATE identity.account_link SET used_at = :now
                 WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                """).param("id", id).param("now", now).update() == 1;
    }

    /** Revokes every unused link of the user (account disabled, binding removed). */
    void revokeAll(UUID userId) {
        jdbc.sql("UPDATE identity.account_link SET revoked_at = :now WHERE user_id = :user AND used_at IS NULL"
                        + " AND revoked_at IS NULL")
                .param("user", userId).param("now", Timestamp.from(clock.instant())).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Link map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Link(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                Purpose.valueOf(rs.getString("purpose")), rs.getTimestamp("expires_at").toInstant());
    }
}
