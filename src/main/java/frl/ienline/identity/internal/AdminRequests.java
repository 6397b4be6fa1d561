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

/** Four-eyes requests in {@code identity.admin_request}; decided once, with a conditional update. */
@Repository
class AdminRequests {

    private static final String COLUMNS = """
            id, kind, user_id, username, display_name, organisation_code, roles, municipalities, requested_by,
            requested_by_name, requested_at, status, decided_by_name, decided_at""";

    private final JdbcClient jdbc;

    AdminRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AdminRequest request) {
        StaffAccess access = request.access();
        jdbc.sql("""
                INSERT INTO identity.admin_request (id, kind, user_id, username, display_name, organisation_code, roles,
                    municipalities, requested_by, requested_by_name, requested_at, status)
                VALUES (:id, :kind, :user, :username, :displayName, :organisation, :roles, :municipalities, :by, :byName,
                    :at, 'PENDING')
                """)
                .param("id", request.id()).param("kind", request.kind().name()).param("user", request.userId())
                .param("username", request.username() == null ? null : request.username().value())
                .param("displayName", request.displayName())
                .param("organisation", access == null ? null : access.organisationCode())
                .param("roles", access == null ? null : access.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .param("municipalities", access == null ? null
                        : access.municipalities().stream().map(MunicipalityCode::value).toArray(String[]::new))
                .param("by", request.requestedBy()).param("byName", request.requestedByName())
                .param("at", Timestamp.from(request.requestedAt())).update();
    }

    Optional<AdminRequest> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.admin_request WHERE id = :id").param("id", id)
                .query(AdminRequests::map).optional();
    }

    /** Pending requests asked for after {@code since} (older ones can no longer be approved), oldest first. */
    List<AdminRequest> pending(Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.admin_request WHERE status = 'PENDING'"
                        + " AND requested_at > :since ORDER BY requested_at LIMIT 200")
                .param("since", Timestamp.from(since)).query(AdminRequests::map).list();
    }

    /** Pending requests about one account (also the stale ones, so the page says they exist). */
    List<AdminRequest> pendingFor(UUID userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.admin_request WHERE status = 'PENDING' AND user_id = :user"
                        + " ORDER BY requested_at").param("user", userId).query(AdminRequests::map).list();
    }

    boolean pendingExists(UUID userId, AdminRequest.Kind kind, Instant since) {
        return jdbc.sql("SELECT count(*) FROM identity.admin_request WHERE status = 'PENDING' AND user_id = :user"
                        + " AND kind = :kind AND requested_at > :since")
                .param("user", userId).param("kind", kind.name()).param("since", Timestamp.from(since))
                .query(Long.class).single() > 0;
    }

    /**
     * Decides a pending, not yet stale request by someone other than its requester; true when this call decided
     * it (so two administrators cannot both approve, and nobody approves their own request).
     */
    boolean decide(UUID id, AdminRequest.Status status, UUID decidedBy, String decidedByName, Instant since, Instant now) {
        return jdbc.sql("""
                UPDATE identity.admin_request
                   SET status = :status, decided_by = :by, decided_by_name = :byName, decided_at = :now
                 WHERE id = :id AND status = 'PENDING' AND requested_by <> :by AND requested_at > :since
                """)
                .param("id", id).param("status", status.name()).param("by", decidedBy).param("byName", decidedByName)
                .param("since", Timestamp.from(since)).param("now", Timestamp.from(now)).update() == 1;
    }

    private static AdminRequest map(ResultSet rs, int row) throws SQLException {
        String organisation = rs.getString("organisation_code");
        StaffAccess access = organisation == null ? null : StaffAccess.of(organisation,
                Arrays.stream(strings(rs.getArray("roles"))).map(Role::valueOf).toList(),
                Arrays.stream(strings(rs.getArray("municipalities"))).map(MunicipalityCode::of).toList());
        String username = rs.getString("username");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new AdminRequest(rs.getObject("id", UUID.class), AdminRequest.Kind.valueOf(rs.getString("kind")),
                rs.getObject("user_id", UUID.class), username == null ? null : Username.of(username),
                rs.getString("display_name"), access, rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"), rs.getTimestamp("requested_at").toInstant(),
                AdminRequest.Status.valueOf(rs.getString("status")), rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
