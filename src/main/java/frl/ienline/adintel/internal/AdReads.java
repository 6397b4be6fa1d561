package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.engine.cluster.Template;
import frl.ienline.adintel.engine.cluster.TemplateBuilder;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The read side of ad intelligence for the analyst's screens: every method checks the signed-in actor's role
 * (RIEC analyst, inspector, team coordinator) and writes exactly one access-log entry (allowed or denied),
 * because ad text and identifiers are personal data. List rows carry no identifiers; the detail, cluster,
 * network and phone reads do. Ads are regional (one team for all 18 municipalities): no municipality scope.
 *
 * <p>Screens should use this class (or follow it: role check + {@link AccessRecorder} per read) rather than
 * querying the adintel tables for identifiers or text themselves; see docs/adintel-storage.md.
 */
@Component
public class AdReads {

    static final Set<Role> READERS = Set.of(Role.RIEC_ANALYST, Role.INSPECTOR, Role.TEAM_COORDINATOR);

    /** One ad in a list: no text, no identifiers. */
    public record AdRow(UUID adId, String source, Instant firstSeen, Instant lastSeen, String municipality,
            AdLicenceCheck licenceCheck, int riskScore, UUID clusterId, UUID networkId, List<String> indicatorCodes) {
    }

    /** Filters of the ad list; {@code null} means any. */
    public record AdFilter(String municipality, AdLicenceCheck licenceCheck, String indicatorCode, String source,
            Instant seenFrom, Instant seenUntil, UUID clusterId, UUID networkId, int limit) {
        public AdFilter {
            limit = limit <= 0 || limit > 1000 ? 200 : limit;
        }

        public static AdFilter all() {
            return new AdFilter(null, null, null, null, null, null, null, null, 200);
        }
    }

    /** A value found in a snapshot; spans index {@link Snapshot#fullText()} ({@code null}: from a field). */
    public record Entity(String kind, String value, String blindIndex, String municipality, Integer spanStart,
            Integer spanEnd) {
    }

    public record Indicator(String code, int weight, String language, Integer spanStart, Integer spanEnd) {
    }

    /** One snapshot with what was extracted from it. */
    public record Snapshot(UUID id, Instant capturedAt, String url, String title, String body, String fullText,
            String location, String postcode, Integer claimedAge, String licenceNumber, String municipality,
            AdLicenceCheck licenceCheck, int riskScore, List<Entity> entities, List<Indicator> indicators) {
    }

    /** An ad with all its snapshots, newest first. */
    public record AdDetail(AdRow ad, String sourceAdId, List<Snapshot> snapshots) {
    }

    /** A mobility event of a phone (blind index) or network. */
    public record Move(String subjectKind, String subject, String kind, String fromMunicipality, String toMunicipality,
            Instant at, UUID adId) {
    }

    /** A cluster: its template (common text and slots) over the latest text of its ads, and its members. */
    public record Cluster(UUID id, Template template, List<AdRow> members) {
    }

    private final JdbcClient jdbc;
    private final AccessRecorder access;

    AdReads(JdbcClient jdbc, AccessRecorder access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private static final String ROW = """
            SELECT a.id, a.source, a.first_seen_at, a.last_seen_at, a.municipality, a.licence_check, a.risk_score,
                   a.cluster_id, a.network_id,
                   ARRAY(SELECT DISTINCT i.code FROM adintel.indicator i WHERE i.snapshot_id = a.latest_snapshot_id) AS codes
            FROM adintel.ad a
            """;

    /** The ad list (a search in the access log). */
    public List<AdRow> list(AdFilter f) {
        require(AccessEvent.Action.SEARCH, "ad", null);
        access.allowed(AccessEvent.Action.SEARCH, "ad", null, null, "ad-monitoring");
        return jdbc.sql(ROW + """
                WHERE (?::text IS NULL OR a.municipality = ?) AND (?::text IS NULL OR a.licence_check = ?)
                  AND (?::text IS NULL OR EXISTS (SELECT 1 FROM adintel.indicator i WHERE i.snapshot_id = a.latest_snapshot_id
                       AND i.code = ?))
                  AND (?::text IS NULL OR a.source = ?)
                  AND (?::timestamptz IS NULL OR a.last_seen_at >= ?) AND (?::timestamptz IS NULL OR a.first_seen_at <= ?)
                  AND (?::uuid IS NULL OR a.cluster_id = ?) AND (?::uuid IS NULL OR a.network_id = ?)
                ORDER BY a.risk_score DESC, a.last_seen_at DESC, a.id LIMIT ?""")
                .params(f.municipality(), f.municipality(), name(f.licenceCheck()), name(f.licenceCheck()),
                        f.indicatorCode(), f.indicatorCode(), f.source(), f.source(), ts(f.seenFrom()), ts(f.seenFrom()),
                        ts(f.seenUntil()), ts(f.seenUntil()), f.clusterId(), f.clusterId(), f.networkId(), f.networkId(),
                        f.limit())
                .query(AdReads::row).list();
    }

    /** An ad with its snapshots, text and identifiers (a view in the access log). */
    public Optional<AdDetail> ad(UUID adId) {
        require(AccessEvent.Action.VIEW, "ad", adId);
        access.allowed(AccessEvent.Action.VIEW, "ad", adId, null, "ad-monitoring");
        Optional<AdRow> row = jdbc.sql(ROW + " WHERE a.id = ?").param(adId).query(AdReads::row).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String sourceAdId = jdbc.sql("SELECT source_ad_id FROM adintel.ad WHERE id = ?").param(adId).query(String.class)
                .single();
        List<Snapshot> snapshots = jdbc.sql("SELECT * FROM adintel.snapshot WHERE ad_id = ? ORDER BY captured_at DESC, id")
                .param(adId).query(this::snapshot).list();
        return Optional.of(new AdDetail(row.get(), sourceAdId, snapshots));
    }

    /** A cluster's template and members (a view: the template shows ad text). */
    public Optional<Cluster> cluster(UUID clusterId) {
        require(AccessEvent.Action.VIEW, "ad-cluster", clusterId);
        access.allowed(AccessEvent.Action.VIEW, "ad-cluster", clusterId, null, "ad-monitoring");
        List<AdRow> members = jdbc.sql(ROW + " WHERE a.cluster_id = ? ORDER BY a.first_seen_at, a.id").param(clusterId)
                .query(AdReads::row).list();
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = jdbc.sql("""
                SELECT s.full_text FROM adintel.ad a JOIN adintel.snapshot s ON s.id = a.latest_snapshot_id
                WHERE a.cluster_id = ? ORDER BY a.first_seen_at, a.id""").param(clusterId).query(String.class).list();
        return Optional.of(new Cluster(clusterId, new TemplateBuilder().build(texts), members));
    }

    /** The ads of a network (no identifiers) and what links them: identifiers shared by two or more of its ads. */
    public List<AdRow> networkMembers(UUID networkId) {
        require(AccessEvent.Action.VIEW, "ad-network", networkId);
        access.allowed(AccessEvent.Action.VIEW, "ad-network", networkId, null, "ad-monitoring");
        return jdbc.sql(ROW + " WHERE a.network_id = ? ORDER BY a.first_seen_at, a.id").param(networkId)
                .query(AdReads::row).list();
    }

    /** Identifiers (phone, e-mail, handle) and image files shared by two or more ads of a network; a view. */
    public List<Entity> networkLinks(UUID networkId) {
        require(AccessEvent.Action.VIEW, "ad-network-links", networkId);
        access.allowed(AccessEvent.Action.VIEW, "ad-network-links", networkId, null, "ad-monitoring");
        return jdbc.sql("""
                SELECT e.kind, e.value, min(e.blind_index) AS blind_index, count(DISTINCT a.id) AS ads
                FROM adintel.ad a JOIN adintel.snapshot s ON s.ad_id = a.id JOIN adintel.entity e ON e.snapshot_id = s.id
                WHERE a.network_id = ? AND e.kind IN ('PHONE', 'EMAIL', 'HANDLE')
                GROUP BY e.kind, e.value HAVING count(DISTINCT a.id) > 1 ORDER BY e.kind, e.value""")
                .param(networkId)
                .query((rs, n) -> new Entity(rs.getString("kind"), rs.getString("value"), rs.getString("blind_index"), null,
                        null, null)).list();
    }

    /** Where a network or a phone (by blind index) appeared over time. No identifiers; a view all the same. */
    public List<Move> moves(String subjectKind, String subject) {
        if (!subjectKind.equals("PHONE") && !subjectKind.equals("NETWORK")) {
            throw new IllegalArgumentException("subject kind PHONE or NETWORK");
        }
        require(AccessEvent.Action.VIEW, "ad-mobility", subject);
        access.allowed(AccessEvent.Action.VIEW, "ad-mobility", subjectKind + ":" + subject, null, "ad-monitoring");
        return jdbc.sql("""
                SELECT subject_kind, subject, kind, from_municipality, to_municipality, at, ad_id
                FROM adintel.mobility_move WHERE subject_kind = ? AND subject = ? ORDER BY at, id""")
                .params(subjectKind, subject)
                .query((rs, n) -> new Move(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getObject(7, UUID.class))).list();
    }

    private void require(AccessEvent.Action action, String objectType, Object id) {
        Actor actor = CurrentActor.require();
        if (actor.roles().stream().noneMatch(READERS::contains)) {
            access.denied(action, objectType, id, "ad-monitoring");
            throw new AccessDeniedException("Reading ads needs an analyst, inspector or team coordinator");
        }
    }

    private Snapshot snapshot(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Entity> entities = jdbc.sql("""
                SELECT kind, value, blind_index, municipality, span_start, span_end FROM adintel.entity
                WHERE snapshot_id = ? ORDER BY position""").param(id)
                .query((r, i) -> new Entity(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        (Integer) r.getObject(5), (Integer) r.getObject(6))).list();
        List<Indicator> indicators = jdbc.sql("""
                SELECT code, weight, language, span_start, span_end FROM adintel.indicator
                WHERE snapshot_id = ? ORDER BY position""").param(id)
                .query((r, i) -> new Indicator(r.getString(1), r.getInt(2), r.getString(3), (Integer) r.getObject(4),
                        (Integer) r.getObject(5))).list();
        return new Snapshot(id, rs.getTimestamp("captured_at").toInstant(), rs.getString("url"), rs.getString("title"),
                rs.getString("body"), rs.getString("full_text"), rs.getString("location"), rs.getString("postcode"),
                (Integer) rs.getObject("claimed_age"), rs.getString("licence_number"), rs.getString("municipality"),
                AdLicenceCheck.valueOf(rs.getString("licence_check")), rs.getInt("risk_score"), entities, indicators);
    }

    private static AdRow row(ResultSet rs, int n) throws SQLException {
        return new AdRow(rs.getObject("id", UUID.class), rs.getString("source"), rs.getTimestamp("first_seen_at").toInstant(),
                rs.getTimestamp("last_seen_at").toInstant(), rs.getString("municipality"),
                AdLicenceCheck.valueOf(rs.getString("licence_check")), rs.getInt("risk_score"),
                rs.getObject("cluster_id", UUID.class), rs.getObject("network_id", UUID.class),
                new ArrayList<>(List.of((String[]) rs.getArray("codes").getArray())));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }
}
