package frl.ienline.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices to a staff member about changes administrators made to their account (review M13: the user is told
 * of a reset or a role change), shown on the start page until the user marks them read.
 */
@Repository
class AccountNotices {

    enum Kind { ACCESS_CHANGED, PASSWORD_RESET, SECOND_FACTOR_RESET, PROVIDER_LINK_ISSUED, PROVIDER_UNBOUND }

    record Notice(UUID id, Kind kind, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(UUID userId, Kind kind) {
        jdbc.sql("INSERT INTO identity.account_notice (id, user_id, kind, created_at) VALUES (:id, :user, :kind, :now)")
                .param("id", UUID.randomUUID()).param("user", userId).param("kind", kind.name())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    List<Notice> unread(UUID userId) {
        return jdbc.sql("SELECT id, kind, created_at FROM identity.account_notice WHERE user_id = :user AND seen_at IS NULL"
                        + " ORDER BY created_at DESC LIMIT 20")
                .param("user", userId)
                .query((rs, row) -> new Notice(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("created_at").toInstant())).list();
    }

    void markRead(UUID userId) {
        jdbc.sql("UPDATE identity.account_notice SET seen_at = :now WHERE user_id = :user AND seen_at IS NULL")
                .param("user", userId).param("now", Timestamp.from(clock.instant())).update();
    }
}
