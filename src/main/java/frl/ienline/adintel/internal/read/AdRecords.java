package frl.ienline.adintel.internal.read;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.internal.read.AdViews.AdFilter;
import frl.ienline.adintel.internal.read.AdViews.AdRow;
import frl.ienline.adintel.internal.read.AdViews.Image;
import frl.ienline.adintel.internal.read.AdViews.Member;
import frl.ienline.adintel.internal.read.AdViews.Sighting;
import frl.ienline.adintel.internal.read.AdViews.SnapshotRef;
import frl.ienline.shared.MunicipalityCode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the ad screens. Every query that returns ads takes the viewer's scope: the municipalities it
 * covers and whether it also sees ads outside Fryslân ({@code regional}). Nothing here checks roles; that is
 * {@link AdBrowsing}'s job.
 */
@Repository
class AdRecords {

    /** The scope condition on {@code adintel.ad a}. */
    static final String IN_SCOPE = "(a.municipality = ANY(:scope) OR (a.municipality IS NULL AND :regional))";

    private final JdbcClient jdbc;

    AdRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer's scope as query parameters. */
    record Scope(String[] municipalities, boolean regional) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            return spec.param("scope", municipalities).param("regional", regional);
        }
    }

    // ---------------------------------------------------------------- the list

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AdFilter filter, Scope scope, ZoneId zone, boolean withLicence) {
        StringBuilder sql = new StringBuilder(IN_SCOPE);
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.municipality() != null) {
            if (filter.municipality().equals(AdViews.OUTSIDE)) {
                sql.append(" AND a.municipality IS NULL");
            } else {
                sql.append(" AND a.municipality = :municipality");
                params.put("municipality", filter.municipality());
            }
        }
        if (withLicence && filter.licence() != null) {
            sql.append(" AND a.licence_check = :licence");
            params.put("licence", filter.licence().name());
        }
        if (!filter.indicators().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM adintel.indicator i WHERE i.snapshot_id = a.latest_snapshot_id"
                    + " AND i.code = ANY(:indicators))");
            params.put("indicators", filter.indicators().toArray(String[]::new));
        }
        if (filter.source() != null) {
            sql.append(" AND a.source = :source");
            params.put("source", filter.source());
        }
        if (filter.from() != null) {
            sql.append(" AND a.last_seen_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND a.first_seen_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(sql.toString(), params);
    }

    List<AdRow> page(AdFilter filter, Scope scope, ZoneId zone, int limit, long offset, boolean withTitle) {
        Where where = where(filter, scope, zone, true);
        var spec = jdbc.sql("""
                SELECT a.id, a.source, a.municipality, a.licence_check, a.risk_score, a.first_seen_at, a.last_seen_at,
                       a.cluster_id, a.network_id, s.title,
                       ARRAY(SELECT DISTINCT i.code FROM adintel.indicator i WHERE i.snapshot_id = a.latest_snapshot_id
                             ORDER BY i.code) AS indicators,
                       (SELECT count(*) FROM adintel.snapshot x WHERE x.ad_id = a.id) AS snapshots
                FROM adintel.ad a JOIN adintel.snapshot s ON s.id = a.latest_snapshot_id
                WHERE %s
                ORDER BY a.last_seen_at DESC, a.id
                LIMIT :limit OFFSET :offset""".formatted(where.sql()))
                .param("limit", limit).param("offset", offset);
        spec = scope.bind(spec);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new AdRow(rs.getObject("id", UUID.class), rs.getString("source"),
                withTitle ? rs.getString("title") : null, municipality(rs, "municipality"),
                AdLicenceCheck.valueOf(rs.getString("licence_check")), rs.getInt("risk_score"), strings(rs.getArray("indicators")),
                instant(rs, "first_seen_at"), instant(rs, "last_seen_at"), rs.getInt("snapshots"),
                rs.getObject("cluster_id", UUID.class), rs.getObject("network_id", UUID.class))).list();
    }

    /** How many ads match, per licence status; the licence filter itself is left out so every status has its count. */
    Map<AdLicenceCheck, Long> countsPerLicence(AdFilter filter, Scope scope, ZoneId zone) {
        Where where = where(filter, scope, zone, false);
        var spec = jdbc.sql("SELECT a.licence_check, count(*) AS n FROM adintel.ad a WHERE " + where.sql()
                + " GROUP BY a.licence_check");
        spec = scope.bind(spec);
        for (var p : where.params().entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        Map<AdLicenceCheck, Long> counts = new EnumMap<>(AdLicenceCheck.class);
        spec.query((rs, n) -> Map.entry(AdLicenceCheck.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    List<String> sources(Scope scope) {
        return scope.bind(jdbc.sql("SELECT DISTINCT a.source FROM adintel.ad a WHERE " + IN_SCOPE + " ORDER BY 1"))
                .query(String.class).list();
    }

    List<String> indicatorCodes(Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT DISTINCT i.code FROM adintel.indicator i JOIN adintel.ad a ON a.latest_snapshot_id = i.snapshot_id
                WHERE %s ORDER BY 1""".formatted(IN_SCOPE))).query(String.class).list();
    }

    // ---------------------------------------------------------------- one ad

    record AdRecord(UUID id, String source, String sourceAdId, Instant firstSeen, Instant lastSeen, UUID latestSnapshot,
            MunicipalityCode municipality, AdLicenceCheck licence, int riskScore, UUID clusterId, UUID networkId) {
    }

    Optional<AdRecord> ad(UUID id, Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT a.* FROM adintel.ad a WHERE a.id = :id AND %s""".formatted(IN_SCOPE)))
                .param("id", id)
                .query((rs, n) -> new AdRecord(rs.getObject("id", UUID.class), rs.getString("source"),
                        rs.getString("source_ad_id"), instant(rs, "first_seen_at"), instant(rs, "last_seen_at"),
                        rs.getObject("latest_snapshot_id", UUID.class), municipality(rs, "municipality"),
                        AdLicenceCheck.valueOf(rs.getString("licence_check")), rs.getInt("risk_score"),
                        rs.getObject("cluster_id", UUID.class), rs.getObject("network_id", UUID.class)))
                .optional();
    }

    List<SnapshotRef> history(UUID adId) {
        return jdbc.sql("""
                SELECT id, captured_at, imported_at, content_hash, licence_check FROM adintel.snapshot
                WHERE ad_id = :ad ORDER BY captured_at DESC, imported_at DESC""")
                .param("ad", adId)
                .query((rs, n) -> new SnapshotRef(rs.getObject("id", UUID.class), instant(rs, "captured_at"),
                        instant(rs, "imported_at"), rs.getString("content_hash"),
                        AdLicenceCheck.valueOf(rs.getString("licence_check")))).list();
    }

    record SnapshotRecord(UUID id, Instant capturedAt, Instant importedAt, String contentHash, String url, String fullText,
            String location, String postcode, Integer claimedAge, MunicipalityCode municipality, AdLicenceCheck licence,
            int riskScore, List<Image> images) {
    }

    Optional<SnapshotRecord> snapshot(UUID adId, UUID snapshotId) {
        return jdbc.sql("SELECT * FROM adintel.snapshot WHERE id = :id AND ad_id = :ad")
                .param("id", snapshotId).param("ad", adId)
                .query((rs, n) -> {
                    List<String> sha = strings(rs.getArray("image_sha256"));
                    List<String> dhash = strings(rs.getArray("image_dhash"));
                    List<Image> images = new ArrayList<>();
                    for (int i = 0; i < sha.size(); i++) {
                        String d = i < dhash.size() ? dhash.get(i) : "";
                        images.add(new Image(sha.get(i), d == null || d.isEmpty() ? null : d));
                    }
                    return new SnapshotRecord(rs.getObject("id", UUID.class), instant(rs, "captured_at"),
                            instant(rs, "imported_at"), rs.getString("content_hash"), rs.getString("url"),
                            rs.getString("full_text"), rs.getString("location"), rs.getString("postcode"),
                            (Integer) rs.getObject("claimed_age"), municipality(rs, "municipality"),
                            AdLicenceCheck.valueOf(rs.getString("licence_check")), rs.getInt("risk_score"), images);
                }).optional();
    }

    record EntityRecord(String kind, String value, MunicipalityCode municipality, Integer start, Integer end) {
    }

    List<EntityRecord> entities(UUID snapshotId) {
        return jdbc.sql("""
                SELECT kind, value, municipality, span_start, span_end FROM adintel.entity
                WHERE snapshot_id = :s ORDER BY position""")
                .param("s", snapshotId)
                .query((rs, n) -> new EntityRecord(rs.getString("kind"), rs.getString("value"),
                        municipality(rs, "municipality"), (Integer) rs.getObject("span_start"),
                        (Integer) rs.getObject("span_end"))).list();
    }

    record IndicatorRecord(String code, int weight, String language, Integer start, Integer end) {
    }

    List<IndicatorRecord> indicators(UUID snapshotId) {
        return jdbc.sql("""
                SELECT code, weight, language, span_start, span_end FROM adintel.indicator
                WHERE snapshot_id = :s ORDER BY position""")
                .param("s", snapshotId)
                .query((rs, n) -> new IndicatorRecord(rs.getString("code"), rs.getInt("weight"), rs.getString("language"),
                        (Integer) rs.getObject("span_start"), (Integer) rs.getObject("span_end"))).list();
    }

    // ---------------------------------------------------------------- clusters and networks

    record Group(UUID id, Instant createdAt, int size, UUID mergedInto) {
    }

    Optional<Group> group(String table, UUID id) {
        if (!table.equals("cluster") && !table.equals("network")) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("SELECT id, created_at, size, merged_into FROM adintel." + table + " WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Group(rs.getObject("id", UUID.class), instant(rs, "created_at"), rs.getInt("size"),
                        rs.getObject("merged_into", UUID.class))).optional();
    }

    /** How many ads the group has (counted, as the stored size may lag behind during an import). */
    int groupSize(String column, UUID id) {
        return jdbc.sql("SELECT count(*) FROM adintel.ad WHERE " + column(column) + " = :id").param("id", id)
                .query(Integer.class).single();
    }

    List<Member> members(String column, UUID id, Scope scope, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT a.id, a.source, s.title, a.municipality, a.licence_check, a.first_seen_at, a.last_seen_at, a.cluster_id
                FROM adintel.ad a JOIN adintel.snapshot s ON s.id = a.latest_snapshot_id
                WHERE a.%s = :id AND %s
                ORDER BY a.first_seen_at, a.id LIMIT :limit""".formatted(column(column), IN_SCOPE)))
                .param("id", id).param("limit", limit)
                .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("title"),
                        municipality(rs, "municipality"), AdLicenceCheck.valueOf(rs.getString("licence_check")),
                        instant(rs, "first_seen_at"), instant(rs, "last_seen_at"), rs.getObject("cluster_id", UUID.class)))
                .list();
    }

    int visibleCount(String column, UUID id, Scope scope) {
        return scope.bind(jdbc.sql("SELECT count(*) FROM adintel.ad a WHERE a.%s = :id AND %s"
                .formatted(column(column), IN_SCOPE))).param("id", id).query(Integer.class).single();
    }

    /** The latest texts of the group's visible ads, oldest ad first. */
    List<String> latestTexts(String column, UUID id, Scope scope, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT s.full_text FROM adintel.ad a JOIN adintel.snapshot s ON s.id = a.latest_snapshot_id
                WHERE a.%s = :id AND %s ORDER BY a.first_seen_at, a.id LIMIT :limit""".formatted(column(column), IN_SCOPE)))
                .param("id", id).param("limit", limit).query(String.class).list();
    }

    /** Every capture of the group's visible ads, in time order. */
    List<Sighting> sightings(String column, UUID id, Scope scope, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT s.captured_at, s.ad_id, s.source, s.municipality
                FROM adintel.snapshot s JOIN adintel.ad a ON a.id = s.ad_id
                WHERE a.%s = :id AND %s ORDER BY s.captured_at, s.ad_id LIMIT :limit""".formatted(column(column), IN_SCOPE)))
                .param("id", id).param("limit", limit)
                .query((rs, n) -> new Sighting(instant(rs, "captured_at"), rs.getObject("ad_id", UUID.class),
                        rs.getString("source"), municipality(rs, "municipality"))).list();
    }

    record SharedValue(String kind, String value, long ads) {
    }

    /** Phone numbers, e-mail addresses and handles that two or more of the network's visible ads share. */
    List<SharedValue> sharedIdentifiers(UUID networkId, Scope scope, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT e.kind, min(e.value) AS value, count(DISTINCT s.ad_id) AS ads
                FROM adintel.entity e JOIN adintel.snapshot s ON s.id = e.snapshot_id JOIN adintel.ad a ON a.id = s.ad_id
                WHERE a.network_id = :id AND %s AND e.kind IN ('PHONE', 'EMAIL', 'HANDLE')
                GROUP BY e.kind, COALESCE(e.blind_index, e.value)
                HAVING count(DISTINCT s.ad_id) > 1
                ORDER BY ads DESC, e.kind LIMIT :limit""".formatted(IN_SCOPE)))
                .param("id", networkId).param("limit", limit)
                .query((rs, n) -> new SharedValue(rs.getString("kind"), rs.getString("value"), rs.getLong("ads"))).list();
    }

    /** Image files (SHA-256) that two or more of the network's visible ads show. */
    List<SharedValue> sharedImages(UUID networkId, Scope scope, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT img, count(DISTINCT s.ad_id) AS ads
                FROM adintel.snapshot s JOIN adintel.ad a ON a.id = s.ad_id CROSS JOIN LATERAL unnest(s.image_sha256) AS img
                WHERE a.network_id = :id AND %s
                GROUP BY img HAVING count(DISTINCT s.ad_id) > 1
                ORDER BY ads DESC, img LIMIT :limit""".formatted(IN_SCOPE)))
                .param("id", networkId).param("limit", limit)
                .query((rs, n) -> new SharedValue("IMAGE", rs.getString("img"), rs.getLong("ads"))).list();
    }

    /** The distinct images (file and difference hash) of the network's visible ads, for near copies. */
    List<SimilarImages.AdImage> images(UUID networkId, Scope scope, int limit) {
        return scope.bind(jdbc.sql("""
                SELECT DISTINCT s.ad_id, i.sha, i.dhash
                FROM adintel.snapshot s JOIN adintel.ad a ON a.id = s.ad_id
                     CROSS JOIN LATERAL unnest(s.image_sha256, s.image_dhash) AS i(sha, dhash)
                WHERE a.network_id = :id AND %s AND i.dhash <> ''
                ORDER BY s.ad_id, i.sha LIMIT :limit""".formatted(IN_SCOPE)))
                .param("id", networkId).param("limit", limit)
                .query((rs, n) -> new SimilarImages.AdImage(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Text clusters that two or more of the network's visible ads belong to. */
    List<Map.Entry<UUID, Long>> sharedClusters(UUID networkId, Scope scope) {
        return scope.bind(jdbc.sql("""
                SELECT a.cluster_id, count(*) AS ads FROM adintel.ad a
                WHERE a.network_id = :id AND a.cluster_id IS NOT NULL AND %s
                GROUP BY a.cluster_id HAVING count(*) > 1 ORDER BY ads DESC, a.cluster_id""".formatted(IN_SCOPE)))
                .param("id", networkId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list();
    }

    private static String column(String column) {
        if (!column.equals("cluster_id") && !column.equals("network_id")) {
            throw new IllegalArgumentException(column);
        }
        return column;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static MunicipalityCode municipality(ResultSet rs, String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : MunicipalityCode.of(code);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
