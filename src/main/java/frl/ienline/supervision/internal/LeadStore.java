package frl.ienline.supervision.internal;

import static frl.ienline.supervision.internal.Sql.array;
import static frl.ienline.supervision.internal.Sql.instant;
import static frl.ienline.supervision.internal.Sql.strings;
import static frl.ienline.supervision.internal.Sql.ts;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.shared.MunicipalityCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The leads of the worklist — one per subject, with its ads as evidence — and the saved worklist filters.
 * Scope is a parameter of every query that lists or reads for a person; the services decide the scope.
 */
@Repository
public class LeadStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final SupervisionKeys keys;

    LeadStore(JdbcClient jdbc, NamedParameterJdbcOperations batch, SupervisionKeys keys) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.keys = keys;
    }

    /** Serialises the writers of subject leads for the rest of the transaction (a transaction-level advisory lock). */
    void lockSubjectLeads() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('supervision.subject-leads'))").query().listOfRows();
    }

    private static final String LEAD_COLUMNS = """
            id, source, municipality, ad_id, network_id, licence_check, indicator_codes, identifier_indexes,
            new_in_town, summary, score, reasons, state, dismissal_reason, dismissal_note, case_id, assignee,
            created_at, last_seen_at, subject_kind, subject_key, ad_count, municipality_count""";

    private Rows.Lead leadRow(ResultSet rs, int n) throws SQLException {
        return new Rows.Lead(rs.getObject("id", UUID.class), LeadSource.valueOf(rs.getString("source")),
                MunicipalityCode.of(rs.getString("municipality")), rs.getString("ad_id"), rs.getString("network_id"),
                rs.getString("licence_check"), strings(rs, "indicator_codes"), strings(rs, "identifier_indexes"),
                rs.getBoolean("new_in_town"), keys.decrypt(rs.getString("summary"), SupervisionKeys.LEAD_SUMMARY, rs.getObject("id")), rs.getInt("score"),
                strings(rs, "reasons").stream().map(ScoreReason::parse).toList(),
                Lead.State.valueOf(rs.getString("state")), rs.getString("dismissal_reason"),
                keys.decrypt(rs.getString("dismissal_note"), SupervisionKeys.LEAD_DISMISSAL_NOTE, rs.getObject("id")),
                rs.getObject("case_id", UUID.class), rs.getString("assignee"),
                instant(rs, "created_at"), instant(rs, "last_seen_at"),
                new LeadSubject(LeadSubject.Kind.valueOf(rs.getString("subject_kind")), rs.getString("subject_key")),
                rs.getInt("ad_count"), rs.getInt("municipality_count"));
    }

    // ------------------------------------------------------------------------------------------ writing leads

    /** A lead from outside: its own subject, no evidence ads. */
    public void insertExternal(UUID id, LeadSource source, MunicipalityCode municipality, String summary,
            LeadScore score, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.lead (id, source, municipality, summary, score, reasons, state, created_at,
                    last_seen_at, subject_kind, subject_key, ad_count, municipality_count)
                VALUES (:id, :source, :m, :summary, :score, :reasons, 'OPEN', :now, :now, 'REPORT', :key, 0, 1)""")
                .param("id", id).param("source", source.name()).param("m", municipality.value())
                .param("summary", keys.encrypt(summary, SupervisionKeys.LEAD_SUMMARY, id)).param("score", score.total())
                .param("reasons", reasons(score)).param("now", ts(now)).param("key", id.toString()).update();
    }

    private static String[] reasons(LeadScore score) {
        return score.reasons().stream().map(ScoreReason::stored).toArray(String[]::new);
    }

    /** What a subject's evidence makes of its lead: the columns the worklist shows and sorts on. */
    public record Summary(UUID id, LeadSubject subject, MunicipalityCode municipality, String newestAdId,
            String networkId, AdLicenceCheck worstCheck, Collection<String> indicators, Collection<String> identifiers,
            boolean newInTown, LeadScore score, int adCount, int municipalityCount, Instant lastSeenAt) {

        static Summary of(UUID id, LeadSubject subject, Collection<LeadEvidence> ads, LeadScore score) {
            LeadEvidence newest = ads.stream().max(java.util.Comparator.comparing(LeadEvidence::lastSeenAt)
                    .thenComparing(LeadEvidence::adId)).orElseThrow();
            Set<String> indicators = new TreeSet<>();
            Set<String> identifiers = new TreeSet<>();
            ads.forEach(ad -> {
                indicators.addAll(ad.indicatorCodes());
                identifiers.addAll(ad.identifierIndexes());
            });
            String network = subject.kind() == LeadSubject.Kind.NETWORK ? subject.key()
                    : ads.stream().map(LeadEvidence::networkId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            return new Summary(id, subject, newest.municipality(), newest.adId(), network,
                    SubjectScore.worstCheck(ads), indicators, identifiers,
                    ads.stream().anyMatch(LeadEvidence::newInTown), score, ads.size(),
                    (int) ads.stream().map(LeadEvidence::municipality).distinct().count(), newest.lastSeenAt());
        }
    }

    private static MapSqlParameterSource summaryParams(Summary s, Instant now) {
        return new MapSqlParameterSource().addValue("id", s.id()).addValue("m", s.municipality().value())
                .addValue("ad", s.newestAdId()).addValue("network", s.networkId())
                .addValue("check", s.worstCheck().name()).addValue("indicators", array(s.indicators()))
                .addValue("identifiers", array(s.identifiers())).addValue("newInTown", s.newInTown())
                .addValue("score", s.score().total()).addValue("reasons", reasons(s.score()))
                .addValue("ads", s.adCount()).addValue("municipalities", s.municipalityCount())
                .addValue("kind", s.subject().kind().name()).addValue("key", s.subject().key())
                .addValue("seen", ts(s.lastSeenAt())).addValue("now", ts(now));
    }

    /** New leads about advertisers, in one JDBC batch. */
    public void insertAdLeads(List<Summary> leads, Instant now) {
        if (!leads.isEmpty()) {
            batch.batchUpdate("""
                    INSERT INTO supervision.lead (id, source, municipality, ad_id, network_id, licence_check,
                        indicator_codes, identifier_indexes, new_in_town, score, reasons, state, created_at, last_seen_at,
                        subject_kind, subject_key, ad_count, municipality_count)
                    VALUES (:id, 'AD', :m, :ad, :network, :check, :indicators, :identifiers, :newInTown, :score,
                        :reasons, 'OPEN', :now, :seen, :kind, :key, :ads, :municipalities)""",
                    leads.stream().map(s -> summaryParams(s, now)).toArray(SqlParameterSource[]::new));
        }
    }

    /** Re-scored leads after new or changed evidence, in one JDBC batch. */
    public void updateSummaries(List<Summary> leads, Instant now) {
        if (!leads.isEmpty()) {
            batch.batchUpdate("""
                    UPDATE supervision.lead SET municipality = :m, ad_id = :ad, network_id = :network,
                        licence_check = :check, indicator_codes = :indicators, identifier_indexes = :identifiers,
                        new_in_town = :newInTown, score = :score, reasons = :reasons, ad_count = :ads,
                        municipality_count = :municipalities, last_seen_at = GREATEST(last_seen_at, :seen)
                    WHERE id = :id""", leads.stream().map(s -> summaryParams(s, now)).toArray(SqlParameterSource[]::new));
        }
    }

    /** Adds or refreshes evidence ads of leads, in one JDBC batch. */
    public void upsertEvidence(Map<UUID, List<LeadEvidence>> evidence) {
        SqlParameterSource[] rows = evidence.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(ad -> new MapSqlParameterSource().addValue("lead", e.getKey()).addValue("ad", ad.adId())
                        .addValue("m", ad.municipality().value()).addValue("network", ad.networkId())
                        .addValue("check", ad.licenceCheck().name()).addValue("status", ad.licenceStatus())
                        .addValue("indicators", array(ad.indicatorCodes()))
                        .addValue("identifiers", array(ad.identifierIndexes())).addValue("newInTown", ad.newInTown())
                        .addValue("first", ts(ad.firstSeenAt())).addValue("last", ts(ad.lastSeenAt()))))
                .toArray(SqlParameterSource[]::new);
        if (rows.length > 0) {
            batch.batchUpdate("""
                    INSERT INTO supervision.lead_ad (lead_id, ad_id, municipality, network_id, licence_check,
                        licence_status, indicator_codes, identifier_indexes, new_in_town, first_seen_at, last_seen_at)
                    VALUES (:lead, :ad, :m, :network, :check, :status, :indicators, :identifiers, :newInTown, :first, :last)
                    ON CONFLICT (lead_id, ad_id) DO UPDATE SET municipality = EXCLUDED.municipality,
                        network_id = EXCLUDED.network_id, licence_check = EXCLUDED.licence_check,
                        licence_status = CASE WHEN EXCLUDED.licence_check = 'LICENSED' THEN NULL
                                              ELSE coalesce(EXCLUDED.licence_status, lead_ad.licence_status) END,
                        indicator_codes = EXCLUDED.indicator_codes,
                        identifier_indexes = EXCLUDED.identifier_indexes,
                        new_in_town = lead_ad.new_in_town OR EXCLUDED.new_in_town,
                        last_seen_at = GREATEST(lead_ad.last_seen_at, EXCLUDED.last_seen_at)""", rows);
        }
    }

    /** The evidence ads of these leads, in one query. */
    public Map<UUID, List<LeadEvidence>> evidenceOf(Collection<UUID> leadIds) {
        Map<UUID, List<LeadEvidence>> evidence = new HashMap<>();
        if (!leadIds.isEmpty()) {
            jdbc.sql("SELECT * FROM supervision.lead_ad WHERE lead_id = ANY(:ids) ORDER BY last_seen_at DESC, ad_id")
                    .param("ids", leadIds.toArray(UUID[]::new)).query(rs -> {
                        evidence.computeIfAbsent(rs.getObject("lead_id", UUID.class), k -> new java.util.ArrayList<>())
                                .add(evidenceRow(rs));
                    });
        }
        return evidence;
    }

    private static LeadEvidence evidenceRow(ResultSet rs) throws SQLException {
        return new LeadEvidence(rs.getString("ad_id"), MunicipalityCode.of(rs.getString("municipality")),
                rs.getString("network_id"), AdLicenceCheck.valueOf(rs.getString("licence_check")),
                rs.getString("licence_status"), strings(rs, "indicator_codes"),
                Set.copyOf(strings(rs, "identifier_indexes")), rs.getBoolean("new_in_town"),
                instant(rs, "first_seen_at"), instant(rs, "last_seen_at"));
    }

    /** The evidence of one lead, newest first. */
    public List<LeadEvidence> evidence(UUID leadId) {
        return evidenceOf(List.of(leadId)).getOrDefault(leadId, List.of());
    }

    /** The lead each of these ads is evidence of (the newest such lead), in one query. */
    public Map<String, UUID> leadIdsByAd(Collection<String> adIds) {
        Map<String, UUID> leads = new HashMap<>();
        if (!adIds.isEmpty()) {
            jdbc.sql("""
                    SELECT DISTINCT ON (e.ad_id) e.ad_id, e.lead_id FROM supervision.lead_ad e
                      JOIN supervision.lead l ON l.id = e.lead_id
                     WHERE e.ad_id = ANY(:ads) ORDER BY e.ad_id, (l.state = 'OPEN') DESC, l.created_at DESC""")
                    .param("ads", array(adIds)).query(rs -> {
                        leads.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return leads;
    }

    /** The open lead of each of these subjects that has one, in one query. */
    public Map<LeadSubject, UUID> openLeadsOf(Collection<LeadSubject> subjects) {
        Map<LeadSubject, UUID> leads = new HashMap<>();
        if (!subjects.isEmpty()) {
            jdbc.sql("""
                    SELECT l.subject_kind, l.subject_key, l.id FROM supervision.lead l
                      JOIN unnest(CAST(:kinds AS TEXT[]), CAST(:keys AS TEXT[])) AS s(kind, key)
                        ON l.subject_kind = s.kind AND l.subject_key = s.key
                     WHERE l.state = 'OPEN'""")
                    .param("kinds", subjects.stream().map(s -> s.kind().name()).toArray(String[]::new))
                    .param("keys", subjects.stream().map(LeadSubject::key).toArray(String[]::new)).query(rs -> {
                        leads.put(new LeadSubject(LeadSubject.Kind.valueOf(rs.getString(1)), rs.getString(2)),
                                rs.getObject(3, UUID.class));
                    });
        }
        return leads;
    }

    /** The subject of each of these leads. */
    public Map<UUID, LeadSubject> subjectsOf(Collection<UUID> leadIds) {
        Map<UUID, LeadSubject> subjects = new HashMap<>();
        if (!leadIds.isEmpty()) {
            jdbc.sql("SELECT id, subject_kind, subject_key FROM supervision.lead WHERE id = ANY(:ids)")
                    .param("ids", leadIds.toArray(UUID[]::new)).query(rs -> {
                        subjects.put(rs.getObject(1, UUID.class),
                                new LeadSubject(LeadSubject.Kind.valueOf(rs.getString(2)), rs.getString(3)));
                    });
        }
        return subjects;
    }

    /** Stores what a triage verb changed; guarded on the state it started from. */
    public boolean save(Lead lead, Lead.State from) {
        return jdbc.sql("""
                UPDATE supervision.lead SET state = :state, dismissal_reason = :reason, dismissal_note = :note,
                    case_id = :c, assignee = :assignee WHERE id = :id AND state = :from""")
                .param("id", lead.id()).param("state", lead.state().name()).param("reason", lead.dismissalReason())
                .param("note", keys.encrypt(lead.dismissalNote(), SupervisionKeys.LEAD_DISMISSAL_NOTE, lead.id())).param("c", lead.caseId()).param("assignee", lead.assignee())
                .param("from", from.name()).update() == 1;
    }

    // ------------------------------------------------------------------------------------------ reading leads

    public Optional<Rows.Lead> lead(UUID id, String[] scope) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM supervision.lead WHERE id = :id AND municipality = ANY(:scope)")
                .param("id", id).param("scope", scope).query(this::leadRow).optional();
    }

    /** Leads by id, in one query (within the scope). */
    public List<Rows.Lead> leads(Collection<UUID> ids, String[] scope) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT " + LEAD_COLUMNS
                + " FROM supervision.lead WHERE id = ANY(:ids) AND municipality = ANY(:scope)")
                .param("ids", ids.toArray(UUID[]::new)).param("scope", scope).query(this::leadRow).list();
    }

    private static final String FILTERED = """
             FROM supervision.lead
            WHERE municipality = ANY(:scope)
              AND state = :state
              AND (CAST(:source AS TEXT) IS NULL OR source = :source)
              AND (CAST(:m AS TEXT) IS NULL OR municipality = :m)
              AND score >= :minScore
              AND (CAST(:assignee AS TEXT) IS NULL OR (:assignee = '-' AND assignee IS NULL) OR assignee = :assignee)
            """;

    private JdbcClient.StatementSpec filtered(String select, String[] scope, LeadFilter filter) {
        return jdbc.sql(select + FILTERED + (select.startsWith("SELECT count") ? "" : " ORDER BY " + filter.sort().sql()))
                .param("scope", scope).param("state", filter.state().name())
                .param("source", filter.source() == null ? null : filter.source().name())
                .param("m", filter.municipality() == null ? null : filter.municipality().value())
                .param("minScore", filter.minScore()).param("assignee", filter.assignee());
    }

    /** One page of the worklist: leads in scope, filtered, in the filter's order. */
    public List<Rows.Lead> leads(String[] scope, LeadFilter filter, int offset, int limit) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + FILTERED + " ORDER BY " + filter.sort().sql()
                        + " OFFSET :offset LIMIT :limit")
                .param("scope", scope).param("state", filter.state().name())
                .param("source", filter.source() == null ? null : filter.source().name())
                .param("m", filter.municipality() == null ? null : filter.municipality().value())
                .param("minScore", filter.minScore()).param("assignee", filter.assignee())
                .param("offset", offset).param("limit", limit).query(this::leadRow).list();
    }

    /** How many leads the filter finds in scope: the true count, never capped. */
    public int count(String[] scope, LeadFilter filter) {
        return filtered("SELECT count(*)", scope, filter).query(Integer.class).single();
    }

    /** Every lead id the filter finds in scope (a bulk action over the filter, not only one page). */
    public List<UUID> ids(String[] scope, LeadFilter filter) {
        return filtered("SELECT id", scope, filter).query(UUID.class).list();
    }

    /** Open leads per municipality outside the given scope: counts only. */
    public Map<MunicipalityCode, Integer> openLeadCountsOutside(String[] scope) {
        Map<MunicipalityCode, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT municipality, count(*) FROM supervision.lead
                WHERE state = 'OPEN' AND NOT (municipality = ANY(:scope)) GROUP BY municipality ORDER BY municipality""")
                .param("scope", scope).query(rs -> {
                    counts.put(MunicipalityCode.of(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** When the first lead of a case came onto the worklist; empty for a case opened without a lead. */
    public java.util.Optional<Instant> firstLeadAt(UUID caseId) {
        return jdbc.sql("SELECT min(created_at) FROM supervision.lead WHERE case_id = :c").param("c", caseId)
                .query((rs, n) -> rs.getTimestamp(1)).optional().filter(java.util.Objects::nonNull)
                .map(java.sql.Timestamp::toInstant);
    }

    public List<Rows.Lead> leadsOfCase(UUID caseId) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM supervision.lead WHERE case_id = :c ORDER BY created_at")
                .param("c", caseId).query(this::leadRow).list();
    }

    // ------------------------------------------------------------------------------------------ saved filters

    public void saveFilter(String owner, String name, String query, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.saved_filter (id, owner, name, query, created_at) VALUES (:id, :o, :n, :q, :t)
                ON CONFLICT (owner, name) DO UPDATE SET query = :q""")
                .param("id", UUID.randomUUID()).param("o", owner).param("n", name).param("q", query)
                .param("t", ts(now)).update();
    }

    public List<Rows.SavedFilter> filters(String owner) {
        return jdbc.sql("SELECT id, name, query FROM supervision.saved_filter WHERE owner = :o ORDER BY name")
                .param("o", owner).query((rs, n) -> new Rows.SavedFilter(rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getString("query"))).list();
    }
}
