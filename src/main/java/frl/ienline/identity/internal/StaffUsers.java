package frl.ienline.identity.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in {@code identity.staff_user}. */
@Repository
class StaffUsers {

    /** Filters of the administrators' list; {@code null} means "any". */
    record Filter(String text, String organisationCode, Role role, Boolean enabled) {
    }

    private static final String COLUMNS = """
            id, username, display_name, organisation_code, roles, municipalities, password_hash, enabled, demo,
            totp_secret, totp_last_step, oidc_issuer, oidc_subject, created_at, changed_at""";

    private final JdbcClient jdbc;

    StaffUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StaffUser> byUsername(Username username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.staff_user WHERE username = :username")
                .param("username", username.value()).query(StaffUsers::map).optional();
    }

    Optional<StaffUser> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.staff_user WHERE id = :id")
                .param("id", id).query(StaffUsers::map).optional();
    }

    /** The account bound to this identity at an OpenID Connect provider; the only way an IdP user finds one. */
    Optional<StaffUser> byOidc(OidcIdentity identity) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.staff_user WHERE oidc_issuer = :issuer AND oidc_subject = :subject")
                .param("issuer", identity.issuer()).param("subject", identity.subject()).query(StaffUsers::map).optional();
    }

    /**
     * Binds the identity to the account unless the account is bound to another identity already; true when
     * bound (also when it was bound to this identity before). An identity bound to another account breaks the
     * unique index: {@link org.springframework.dao.DuplicateKeyException}.
     */
    boolean bindOidc(UUID id, OidcIdentity identity, Instant now) {
        return jdbc.sql("""
                UPDATE identity.staff_user SET oidc_issuer = :issuer, oidc_subject = :subject, changed_at = :now
                 WHERE id = :id AND (oidc_issuer IS NULL OR (oidc_issuer = :issuer AND oidc_subject = :subject))
                """)
                .param("id", id).param("issuer", identity.issuer()).param("subject", identity.subject())
                .param("now", Timestamp.from(now)).update() == 1;
    }

    void unbindOidc(UUID id, Instant now) {
        jdbc.sql("UPDATE identity.staff_user SET oidc_issuer = NULL, oidc_subject = NULL, changed_at = :now WHERE id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    boolean exists(Username username) {
        return jdbc.sql("SELECT count(*) FROM identity.staff_user WHERE username = :username")
                .param("username", username.value()).query(Long.class).single() > 0;
    }

    List<StaffUser> search(Filter filter) {
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM identity.staff_user
                WHERE (CAST(:text AS TEXT) IS NULL OR username LIKE :text OR lower(display_name) LIKE :text)
                  AND (CAST(:organisation AS TEXT) IS NULL OR organisation_code = :organisation)
                  AND (CAST(:role AS TEXT) IS NULL OR :role = ANY (roles))
                  AND (CAST(:enabled AS BOOLEAN) IS NULL OR enabled = :enabled)
                ORDER BY username
                LIMIT 500
                """)
                .param("text", text)
                .param("organisation", filter.organisationCode())
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("enabled", filter.enabled())
                .query(StaffUsers::map).list();
    }

    long countEnabledWithRole(Role role) {
        return jdbc.sql("SELECT count(*) FROM identity.staff_user WHERE enabled AND :role = ANY (roles)")
                .param("role", role.name()).query(Long.class).single();
    }

    long countDemo() {
        return jdbc.sql("SELECT count(*) FROM identity.staff_user WHERE demo").query(Long.class).single();
    }

    void insert(StaffUser user) {
        jdbc.sql("""
                INSERT INTO identity.staff_user (id, username, display_name, organisation_code, roles, municipalities,
                    compartment, password_hash, enabled, demo, created_at, changed_at)
                VALUES (:id, :username, :displayName, :organisation, :roles, :municipalities, :compartment, :hash,
                    :enabled, :demo, :createdAt, :changedAt)
                """)
                .param("id", user.id())
                .param("username", user.username().value())
                .param("displayName", user.displayName())
                .param("organisation", user.access().organisationCode())
                .param("roles", roles(user))
                .param("municipalities", municipalities(user))
                .param("compartment", user.access().compartment().name())
                .param("hash", user.passwordHash())
                .param("enabled", user.enabled())
                .param("demo", user.demo())
                .param("createdAt", Timestamp.from(user.createdAt()))
                .param("changedAt", Timestamp.from(user.changedAt()))
                .update();
    }

    /** Writes what administrators change; leaves the second factor alone. */
    void update(StaffUser user) {
        jdbc.sql("""
                UPDATE identity.staff_user
                   SET display_name = :displayName, organisation_code = :organisation, roles = :roles,
                       municipalities = :municipalities, compartment = :compartment, password_hash = :hash,
                       enabled = :enabled, changed_at = :changedAt
                 WHERE id = :id
                """)
                .param("id", user.id())
                .param("displayName", user.displayName())
                .param("organisation", user.access().organisationCode())
                .param("roles", roles(user))
                .param("municipalities", municipalities(user))
                .param("compartment", user.access().compartment().name())
                .param("hash", user.passwordHash())
                .param("enabled", user.enabled())
                .param("changedAt", Timestamp.from(user.changedAt()))
                .update();
    }

    /** Stores the second factor unless one was enrolled meanwhile; true when stored. */
    boolean enrolSecondFactor(UUID id, String encryptedSecret, long usedStep, Instant now) {
        return jdbc.sql("""
                UPDATE identity.staff_user
                   SET totp_secret = :secret, totp_enrolled_at = :now, totp_last_step = :step, changed_at = :now
                 WHERE id = :id AND totp_secret IS NULL
                """)
                .param("id", id).param("secret", encryptedSecret).param("step", usedStep)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Marks a TOTP step as used, only if it is later than the last one used; true when it was. */
    boolean useStep(UUID id, long step) {
        return jdbc.sql("""
                UPDATE identity.staff_user SET totp_last_step = :step
                 WHERE id = :id AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < :step)
                """)
                .param("id", id).param("step", step).update() == 1;
    }

    void resetSecondFactor(UUID id, Instant now) {
        jdbc.sql("""
                UPDATE identity.staff_user
                   SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, changed_at = :now
                 WHERE id = :id
                """).param("id", id).param("now", Timestamp.from(now)).update();
    }

    private static String[] roles(StaffUser user) {
        return user.access().roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static String[] municipalities(StaffUser user) {
        return user.access().municipalities().stream().map(MunicipalityCode::value).toArray(String[]::new);
    }

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        StaffAccess access = StaffAccess.of(rs.getString("organisation_code"),
                Arrays.stream(strings(rs.getArray("roles"))).map(Role::valueOf).toList(),
                Arrays.stream(strings(rs.getArray("municipalities"))).map(MunicipalityCode::of).toList());
        Long lastStep = rs.getObject("totp_last_step", Long.class);
        String issuer = rs.getString("oidc_issuer");
        OidcIdentity oidc = issuer == null ? null : new OidcIdentity(issuer, rs.getString("oidc_subject"));
        return new StaffUser(rs.getObject("id", UUID.class), Username.of(rs.getString("username")),
                rs.getString("display_name"), access, rs.getString("password_hash"), rs.getBoolean("enabled"),
                rs.getBoolean("demo"), rs.getString("totp_secret"), lastStep, oidc,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("changed_at").toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
