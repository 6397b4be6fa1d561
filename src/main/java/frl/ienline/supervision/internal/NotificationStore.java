package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static frl.ienline.supervision.internal.Sql.array;
import static frl.ienline.supervision.internal.Sql.date;
import static frl.ienline.supervision.internal.Sql.instant;
import static frl.ienline.supervision.internal.Sql.strings;
import static frl.ienline.supervision.internal.Sql.ts;

/**
 * Notifications to municipalities outside the mandate (routed leads, displacement alerts into them).
 */
@Repository
public class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------------------------------ notifications

    public void insertNotification(UUID id, MunicipalityCode municipality, String kind, UUID objectId, String recipient,
            Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.notification (id, municipality, kind, object_id, recipient, created_at)
                VALUES (:id, :m, :kind, :object, :to, :now)""")
                .param("id", id).param("m", municipality.value()).param("kind", kind).param("object", objectId)
                .param("to", recipient).param("now", ts(now)).update();
    }

    /** A notification before it is stored. */
    public record NewNotification(UUID id, MunicipalityCode municipality, String kind, UUID objectId, String recipient) {
    }

    /** Stores many notifications in one statement. */
    public void insertNotifications(List<NewNotification> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO supervision.notification (id, municipality, kind, object_id, recipient, created_at)
                SELECT t.id, t.m, t.kind, t.object, t.recipient, :now
                  FROM unnest(CAST(:ids AS UUID[]), CAST(:ms AS TEXT[]), CAST(:kinds AS TEXT[]), CAST(:objects AS UUID[]),
                              CAST(:recipients AS TEXT[])) AS t(id, m, kind, object, recipient)""")
                .param("ids", rows.stream().map(NewNotification::id).toArray(UUID[]::new))
                .param("ms", rows.stream().map(r -> r.municipality().value()).toArray(String[]::new))
                .param("kinds", rows.stream().map(NewNotification::kind).toArray(String[]::new))
                .param("objects", rows.stream().map(NewNotification::objectId).toArray(UUID[]::new))
                .param("recipients", rows.stream().map(NewNotification::recipient).toArray(String[]::new))
                .param("now", ts(now)).update();
    }

    public void markMailed(UUID id) {
        jdbc.sql("UPDATE supervision.notification SET mailed = TRUE WHERE id = :id").param("id", id).update();
    }

    public List<Rows.Notification> notifications(String[] municipalities) {
        return jdbc.sql("""
                SELECT * FROM supervision.notification WHERE municipality = ANY(:m) ORDER BY created_at DESC LIMIT 500""")
                .param("m", municipalities)
                .query((rs, n) -> new Rows.Notification(rs.getObject("id", UUID.class),
                        MunicipalityCode.of(rs.getString("municipality")), rs.getString("kind"),
                        rs.getObject("object_id", UUID.class), rs.getString("recipient"), instant(rs, "created_at"),
                        rs.getBoolean("mailed"))).list();
    }

}
