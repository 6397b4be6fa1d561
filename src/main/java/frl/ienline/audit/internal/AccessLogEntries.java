package frl.ienline.audit.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the access log for the auditor pages. Writing is {@link AccessLogAppender}'s alone. */
@Repository
public class AccessLogEntries {

    private static final String COLUMNS = """
            SELECT seq, id, format, occurred_at, actor_id, actor_name, actor_roles, actor_organisation, action,
                   object_type, object_id, subject_pseudonym, purpose, result, municipality, key_id, prev_hash, hash
            FROM audit.access_log
            """;

    private static final RowMapper<AccessLogEntry> ENTRY = (rows, n) -> ChainVerifier.read(rows);

    private final JdbcClient jdbc;

    AccessLogEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every access to one record or one person within {@code scope}, oldest first; at most {@code limit} rows
     * from {@code offset}.
     */
    List<AccessLogEntry> forRecord(RecordQuery query, LogScope scope, long offset, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(scope.condition(params));
        if (query.objectType() != null) {
            where.add("object_type = :objectType AND object_id = :objectId");
            params.put("objectType", query.objectType());
            params.put("objectId", query.objectId());
        }
        if (query.subjectPseudonym() != null) {
            where.add("subject_pseudonym = :subject");
            params.put("subject", query.subjectPseudonym());
        }
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(COLUMNS + " WHERE " + String.join(" AND ", where)
                + " ORDER BY occurred_at, seq OFFSET :offset LIMIT :limit")
                .params(params).query(ENTRY).list();
    }

    /** The newest entries within {@code scope} first, filtered; dates are whole days in {@code zone}. */
    List<AccessLogEntry> recent(RecentFilter filter, LogScope scope, ZoneId zone, long offset, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add(scope.condition(params));
        if (filter.actor() != null) {
            UUID actorId = asUuid(filter.actor());
            if (actorId != null) {
                where.add("actor_id = :actorId");
                params.put("actorId", actorId);
            } else {
                where.add("lower(actor_name) = lower(:actorName)");
                params.put("actorName", filter.actor());
            }
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.result() != null) {
            where.add("result = :result");
            params.put("result", filter.result().name());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("occurred_at < :until");
            params.put("until", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(COLUMNS + " WHERE " + String.join(" AND ", where)
                + " ORDER BY seq DESC OFFSET :offset LIMIT :limit")
                .params(params).query(ENTRY).list();
    }

    private static UUID asUuid(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
