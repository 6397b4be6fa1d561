package frl.ienline.identity.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.ApiClient;
import frl.ienline.shared.InputRejected;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens for machine clients (ADR 0025): issued by a functional administrator to an organisation for one
 * scope, shown once, stored only as a SHA-256 hash, valid until they expire or are revoked. Issuing and revoking
 * go to the access log; {@link ApiTokenFilter} logs every use.
 */
class ApiTokens {

    /** Longest validity an administrator may give a token: a forgotten token dies within a year. */
    static final Duration MAX_VALIDITY = Duration.ofDays(366);
    static final String PREFIX = "ienl_";
    private static final Pattern FORMAT = Pattern.compile("ienl_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as the administrator sees it: never the value. */
    record ApiToken(UUID id, String organisationCode, String name, String scope, Instant createdAt,
            Instant expiresAt, Instant revokedAt) {

        public boolean validAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** The client of a valid token: the actor of an import-API request. */
    record TokenClient(UUID id, String name, String organisationCode, Set<String> apiScopes) implements ApiClient {

        @Override
        public String username() {
            return "api-token:" + name;
        }

        @Override
        public String displayName() {
            return name;
        }
    }

    /** A token just issued: {@code value} exists only in this answer. */
    record Issued(ApiToken token, String value) {
    }

    private final JdbcClient jdbc;
    private final AccessRecorder recorder;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccessRecorder recorder, Clock clock) {
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Issues a token. {@code lastDay} is the last day it works (in the application's zone); there is no default:
     * the administrator chooses it, at most {@link #MAX_VALIDITY} ahead.
     */
    Issued issue(String organisationCode, String name, String scope, LocalDate lastDay, UUID issuedBy) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100 || cleanName.chars().anyMatch(Character::isISOControl)) {
            throw InputRejected.of("naam", "identity.tokens.error.name");
        }
        if (!ApiClient.SCOPE_IMPORT.equals(scope)) {
            throw InputRejected.of("scope", "identity.tokens.error.scope");
        }
        Instant now = clock.instant();
        if (lastDay == null) {
            throw InputRejected.of("geldigTot", "identity.tokens.error.expiry");
        }
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        if (!expiresAt.isAfter(now.plus(Duration.ofHours(1))) || expiresAt.isAfter(now.plus(MAX_VALIDITY))) {
            throw InputRejected.of("geldigTot", "identity.tokens.error.expiry");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO identity.api_token (id, organisation_code, name, scope, token_hash, created_at, created_by,
                                                expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, organisationCode, cleanName, scope, hash(value), Timestamp.from(now), issuedBy,
                Timestamp.from(expiresAt)).update();
        recorder.allowed(Action.CREATE, "api-token", id, null, "api-token-administration");
        return new Issued(new ApiToken(id, organisationCode, cleanName, scope, now, expiresAt, null), value);
    }

    /** Revokes a token at once; revoking twice changes nothing. False when there is no such token. */
    boolean revoke(UUID id, UUID revokedBy) {
        if (find(id).isEmpty()) {
            return false;
        }
        jdbc.sql("UPDATE identity.api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), revokedBy, id).update();
        recorder.allowed(Action.CHANGE, "api-token", id, null, "api-token-revocation");
        return true;
    }

    List<ApiToken> all() {
        return jdbc.sql("""
                SELECT id, organisation_code, name, scope, created_at, expires_at, revoked_at FROM identity.api_token
                ORDER BY revoked_at IS NOT NULL, expires_at DESC, name""").query(ApiTokens::token).list();
    }

    Optional<ApiToken> find(UUID id) {
        return jdbc.sql("""
                SELECT id, organisation_code, name, scope, created_at, expires_at, revoked_at FROM identity.api_token
                WHERE id = ?""").param(id).query(ApiTokens::token).optional();
    }

    /** The token a presented value belongs to, valid or not; empty for anything that is not one of ours. */
    Optional<ApiToken> byValue(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, organisation_code, name, scope, created_at, expires_at, revoked_at FROM identity.api_token
                WHERE token_hash = ?""").param(hash(presented)).query(ApiTokens::token).optional();
    }

    static TokenClient client(ApiToken token) {
        return new TokenClient(token.id(), token.name(), token.organisationCode(), Set.of(token.scope()));
    }

    /** SHA-256, hex: enough for 256 random bits, and the lookup is one indexed equality. */
    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("organisation_code"), rs.getString("name"),
                rs.getString("scope"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
