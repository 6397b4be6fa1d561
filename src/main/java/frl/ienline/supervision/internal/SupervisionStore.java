package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.supervision.internal.Rows.LeadState;
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

/**
 * All SQL of the supervision schema. Scope (the mandate's municipalities) is a parameter of every query
 * that lists or reads for a person; the services decide the scope.
 */
@Repository
public class SupervisionStore {

    /**
     * A case ad holding the phone index {@code :i}. Containment ({@code @>}), not {@code = ANY}, so the GIN index on
     * {@code case_ad.identifier_indexes} can answer it ({@code CaseLookupIndexTests}).
     */
    static final String PHONE_IN_CASE_AD = "a.identifier_indexes @> ARRAY[CAST(:i AS text)]";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final SupervisionCipher cipher;

    SupervisionStore(JdbcClient jdbc, NamedParameterJdbcOperations batch, SupervisionCipher cipher) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cipher = cipher;
    }

    private String enc(String plain) {
        return cipher.encrypt(plain);
    }

    private String dec(ResultSet rs, String column) throws SQLException {
        return cipher.decrypt(rs.getString(column));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static String[] array(java.util.Collection<String> values) {
        return values.toArray(String[]::new);
    }

    // ------------------------------------------------------------------------------------------ team

    /** Notes a team member for the assignee list: a write on first sight, a new name, or once a day (L5). */
    public void seen(String username, String displayName, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.team_member (username, display_name, last_seen_at) VALUES (:u, :d, :t)
                ON CONFLICT (username) DO UPDATE SET display_name = :d, last_seen_at = :t
                WHERE team_member.display_name IS DISTINCT FROM :d OR team_member.last_seen_at < :t - INTERVAL '1 day'""")
                .param("u", username).param("d", displayName).param("t", ts(now)).update();
    }

    public Map<String, String> teamMembers() {
        Map<String, String> members = new LinkedHashMap<>();
        jdbc.sql("SELECT username, display_name FROM supervision.team_member ORDER BY display_name")
                .query(rs -> {
                    members.put(rs.getString(1), rs.getString(2));
                });
        return members;
    }

    // ------------------------------------------------------------------------------------------ leads

    private static final String LEAD_COLUMNS = """
            id, source, municipality, ad_id, network_id, licence_check, indicator_codes, identifier_indexes,
            new_in_town, summary, score, reasons, state, dismissal_reason, dismissal_note, case_id, assignee,
            created_at, last_seen_at""";

    private Rows.Lead leadRow(ResultSet rs, int n) throws SQLException {
        return new Rows.Lead(rs.getObject("id", UUID.class), LeadSource.valueOf(rs.getString("source")),
                MunicipalityCode.of(rs.getString("municipality")), rs.getString("ad_id"), rs.getString("network_id"),
                rs.getString("licence_check"), strings(rs, "indicator_codes"), strings(rs, "identifier_indexes"),
                rs.getBoolean("new_in_town"), dec(rs, "summary"), rs.getInt("score"),
                strings(rs, "reasons").stream().map(ScoreReason::parse).toList(),
                LeadState.valueOf(rs.getString("state")), rs.getString("dismissal_reason"),
                rs.getString("dismissal_note"), rs.getObject("case_id", UUID.class), rs.getString("assignee"),
                instant(rs, "created_at"), instant(rs, "last_seen_at"));
    }

    private static final String INSERT_LEAD = "INSERT INTO supervision.lead (" + LEAD_COLUMNS + """
            ) VALUES (:id, :source, :m, :ad, :network, :check, :indicators, :identifiers, :newInTown, :summary,
                      :score, :reasons, 'OPEN', NULL, NULL, NULL, NULL, :now, :now)""";

    private static final String REFRESH_AD_LEAD = """
            UPDATE supervision.lead SET municipality = :m, network_id = :network, licence_check = :check,
                indicator_codes = :indicators, identifier_indexes = :identifiers,
                new_in_town = new_in_town OR :newInTown, score = :score, reasons = :reasons, last_seen_at = :now
            WHERE id = :id""";

    private MapSqlParameterSource leadParams(UUID id, MunicipalityCode municipality, String networkId,
            String licenceCheck, List<String> indicators, java.util.Collection<String> identifiers, boolean newInTown,
            LeadScore score, Instant now) {
        return new MapSqlParameterSource().addValue("id", id).addValue("m", municipality.value())
                .addValue("network", networkId).addValue("check", licenceCheck)
                .addValue("indicators", array(indicators)).addValue("identifiers", array(identifiers))
                .addValue("newInTown", newInTown).addValue("score", score.total())
                .addValue("reasons", score.reasons().stream().map(ScoreReason::stored).toArray(String[]::new))
                .addValue("now", ts(now));
    }

    private MapSqlParameterSource newLeadParams(UUID id, LeadSource source, MunicipalityCode municipality, String adId,
            String networkId, String licenceCheck, List<String> indicators, java.util.Collection<String> identifiers,
            boolean newInTown, String summary, LeadScore score, Instant now) {
        return leadParams(id, municipality, networkId, licenceCheck, indicators, identifiers, newInTown, score, now)
                .addValue("source", source.name()).addValue("ad", adId).addValue("summary", enc(summary));
    }

    public void insertLead(UUID id, LeadSource source, MunicipalityCode municipality, String adId, String networkId,
            String licenceCheck, List<String> indicators, java.util.Collection<String> identifiers, boolean newInTown,
            String summary, LeadScore score, Instant now) {
        jdbc.sql(INSERT_LEAD).paramSource(newLeadParams(id, source, municipality, adId, networkId, licenceCheck,
                indicators, identifiers, newInTown, summary, score, now)).update();
    }

    /** A new snapshot of an ad that already has a lead: refresh what it shows and its score. */
    public void refreshAdLead(UUID id, MunicipalityCode municipality, String networkId, String licenceCheck,
            List<String> indicators, java.util.Collection<String> identifiers, boolean newInTown, LeadScore score,
            Instant now) {
        jdbc.sql(REFRESH_AD_LEAD).paramSource(leadParams(id, municipality, networkId, licenceCheck, indicators,
                identifiers, newInTown, score, now)).update();
    }

    /** What one ad snapshot makes of its lead: the columns an ad import writes. */
    public record AdLeadRow(UUID id, String adId, MunicipalityCode municipality, String networkId, String licenceCheck,
            List<String> indicators, java.util.Collection<String> identifiers, boolean newInTown, LeadScore score) {
    }

    /** New ad leads of an import batch, in one JDBC batch. */
    public void insertAdLeads(List<AdLeadRow> rows, Instant now) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(INSERT_LEAD, rows.stream().map(r -> newLeadParams(r.id(), LeadSource.AD, r.municipality(),
                    r.adId(), r.networkId(), r.licenceCheck(), r.indicators(), r.identifiers(), r.newInTown(), null,
                    r.score(), now)).toArray(SqlParameterSource[]::new));
        }
    }

    /** Refreshes of existing ad leads, in one JDBC batch executed in the given order (an ad may repeat). */
    public void refreshAdLeads(List<AdLeadRow> rows, Instant now) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(REFRESH_AD_LEAD, rows.stream().map(r -> leadParams(r.id(), r.municipality(),
                    r.networkId(), r.licenceCheck(), r.indicators(), r.identifiers(), r.newInTown(), r.score(), now))
                    .toArray(SqlParameterSource[]::new));
        }
    }

    /** The lead of each of these ads that has one: ad id to lead id, in one query. */
    public Map<String, UUID> leadIdsByAd(java.util.Collection<String> adIds) {
        Map<String, UUID> leads = new HashMap<>();
        if (!adIds.isEmpty()) {
            jdbc.sql("SELECT ad_id, id FROM supervision.lead WHERE ad_id = ANY(:ads)").param("ads", array(adIds))
                    .query(rs -> {
                        leads.put(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return leads;
    }

    public Optional<Rows.Lead> leadByAd(String adId) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM supervision.lead WHERE ad_id = :ad").param("ad", adId)
                .query(this::leadRow).optional();
    }

    public Optional<Rows.Lead> lead(UUID id, String[] scope) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM supervision.lead WHERE id = :id AND municipality = ANY(:scope)")
                .param("id", id).param("scope", scope).query(this::leadRow).optional();
    }

    /** The worklist: leads in scope, filtered, highest score first. */
    public List<Rows.Lead> leads(String[] scope, LeadFilter filter, int limit) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + """
                 FROM supervision.lead
                WHERE municipality = ANY(:scope)
                  AND state = :state
                  AND (CAST(:source AS TEXT) IS NULL OR source = :source)
                  AND (CAST(:m AS TEXT) IS NULL OR municipality = :m)
                  AND score >= :minScore
                  AND (CAST(:assignee AS TEXT) IS NULL OR (:assignee = '-' AND assignee IS NULL) OR assignee = :assignee)
                ORDER BY score DESC, last_seen_at DESC LIMIT :limit""")
                .param("scope", scope).param("state", filter.state().name())
                .param("source", filter.source() == null ? null : filter.source().name())
                .param("m", filter.municipality() == null ? null : filter.municipality().value())
                .param("minScore", filter.minScore()).param("assignee", filter.assignee()).param("limit", limit)
                .query(this::leadRow).list();
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

    public int dismiss(UUID id, String reason, String note) {
        return jdbc.sql("""
                UPDATE supervision.lead SET state = 'DISMISSED', dismissal_reason = :reason, dismissal_note = :note
                WHERE id = :id AND state = 'OPEN'""")
                .param("id", id).param("reason", reason).param("note", note).update();
    }

    public int intoCase(UUID id, UUID caseId) {
        return jdbc.sql("UPDATE supervision.lead SET state = 'IN_CASE', case_id = :c WHERE id = :id AND state = 'OPEN'")
                .param("id", id).param("c", caseId).update();
    }

    public int assign(UUID id, String assignee) {
        return jdbc.sql("UPDATE supervision.lead SET assignee = :a WHERE id = :id AND state = 'OPEN'")
                .param("id", id).param("a", assignee).update();
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

    // ------------------------------------------------------------------------------------------ cases

    private Rows.Case caseRow(ResultSet rs, int n) throws SQLException {
        return new Rows.Case(rs.getObject("id", UUID.class), rs.getString("reference"),
                MunicipalityCode.of(rs.getString("municipality")), dec(rs, "title"), rs.getString("state"),
                instant(rs, "opened_at"), rs.getString("opened_by"), date(rs, "closed_on"));
    }

    public void insertCase(UUID id, String reference, MunicipalityCode municipality, String title, String openedBy,
            Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_file (id, reference, municipality, title, state, opened_at, opened_by)
                VALUES (:id, :ref, :m, :title, 'OPEN', :now, :by)""")
                .param("id", id).param("ref", reference).param("m", municipality.value()).param("title", enc(title))
                .param("now", ts(now)).param("by", openedBy).update();
    }

    public Optional<Rows.Case> caseFile(UUID id, String[] scope) {
        return jdbc.sql("SELECT * FROM supervision.case_file WHERE id = :id AND municipality = ANY(:scope)")
                .param("id", id).param("scope", scope).query(this::caseRow).optional();
    }

    public Optional<Rows.Case> caseFileAnyScope(UUID id) {
        return jdbc.sql("SELECT * FROM supervision.case_file WHERE id = :id").param("id", id)
                .query(this::caseRow).optional();
    }

    public List<Rows.Case> openCases(String[] scope) {
        return jdbc.sql("""
                SELECT * FROM supervision.case_file WHERE municipality = ANY(:scope) AND state = 'OPEN'
                ORDER BY opened_at DESC LIMIT 500""").param("scope", scope).query(this::caseRow).list();
    }

    public int closeCase(UUID id, LocalDate on) {
        return jdbc.sql("UPDATE supervision.case_file SET state = 'CLOSED', closed_on = :on WHERE id = :id AND state = 'OPEN'")
                .param("id", id).param("on", on).update();
    }

    public void addAd(UUID caseId, String adId, String networkId, MunicipalityCode municipality,
            java.util.Collection<String> identifiers, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_ad (case_id, ad_id, network_id, municipality, identifier_indexes, added_at)
                VALUES (:c, :ad, :network, :m, :identifiers, :now) ON CONFLICT DO NOTHING""")
                .param("c", caseId).param("ad", adId).param("network", networkId).param("m", municipality.value())
                .param("identifiers", array(identifiers)).param("now", ts(now)).update();
    }

    public List<Rows.CaseAd> ads(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_ad WHERE case_id = :c ORDER BY added_at").param("c", caseId)
                .query((rs, n) -> new Rows.CaseAd(rs.getString("ad_id"), rs.getString("network_id"),
                        MunicipalityCode.of(rs.getString("municipality")), strings(rs, "identifier_indexes"))).list();
    }

    public void addAddress(UUID caseId, String address, MunicipalityCode municipality, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_address (id, case_id, address, municipality, added_at)
                VALUES (:id, :c, :a, :m, :now)""")
                .param("id", UUID.randomUUID()).param("c", caseId).param("a", enc(address)).param("m", municipality.value())
                .param("now", ts(now)).update();
    }

    public List<Rows.CaseAddress> addresses(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_address WHERE case_id = :c ORDER BY added_at").param("c", caseId)
                .query((rs, n) -> new Rows.CaseAddress(rs.getObject("id", UUID.class), dec(rs, "address"),
                        MunicipalityCode.of(rs.getString("municipality")))).list();
    }

    public UUID addPerson(UUID caseId, PersonMet person, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision.case_person (id, case_id, working_name, age_band, nationality, language,
                    phone_index, added_at) VALUES (:id, :c, :name, :age, :nat, :lang, :phone, :now)""")
                .param("id", id).param("c", caseId).param("name", enc(person.workingName()))
                .param("age", person.ageBand().name()).param("nat", enc(person.nationality()))
                .param("lang", person.language()).param("phone", person.phoneIndex()).param("now", ts(now)).update();
        return id;
    }

    private Rows.CasePerson personRow(ResultSet rs, int n) throws SQLException {
        return new Rows.CasePerson(rs.getObject("id", UUID.class), dec(rs, "working_name"),
                AgeBand.valueOf(rs.getString("age_band")), dec(rs, "nationality"), rs.getString("language"),
                rs.getString("phone_index"));
    }

    public List<Rows.CasePerson> persons(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_person WHERE case_id = :c ORDER BY added_at").param("c", caseId)
                .query(this::personRow).list();
    }

    public Optional<Rows.CasePerson> person(UUID caseId, UUID personId) {
        return jdbc.sql("SELECT * FROM supervision.case_person WHERE case_id = :c AND id = :id")
                .param("c", caseId).param("id", personId).query(this::personRow).optional();
    }

    public void addBusiness(UUID caseId, String number, UUID licenceId, MunicipalityCode municipality, String name,
            Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.case_business (case_id, licence_number, licence_id, municipality, business_name,
                    added_at) VALUES (:c, :n, :l, :m, :name, :now) ON CONFLICT DO NOTHING""")
                .param("c", caseId).param("n", number).param("l", licenceId).param("m", municipality.value())
                .param("name", name).param("now", ts(now)).update();
    }

    public List<Rows.CaseBusiness> businesses(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.case_business WHERE case_id = :c ORDER BY added_at")
                .param("c", caseId).query((rs, n) -> new Rows.CaseBusiness(rs.getString("licence_number"),
                        rs.getObject("licence_id", UUID.class), MunicipalityCode.of(rs.getString("municipality")),
                        rs.getString("business_name"))).list();
    }

    // ------------------------------------------------------------------------------------------ controls

    public void insertControl(UUID id, UUID caseId, ControlKind kind, MunicipalityCode municipality, Instant plannedAt,
            String location, String locationType, List<String> members, String fewerReason, boolean careWorker,
            String licenceNumber, List<String> checklist, String plannedBy) {
        jdbc.sql("""
                INSERT INTO supervision.control (id, case_id, kind, municipality, planned_at, location, location_type,
                    members, fewer_members_reason, care_worker_invited, licence_number, checklist_items, state, planned_by)
                VALUES (:id, :c, :kind, :m, :at, :loc, :type, :members, :fewer, :care, :licence, :checklist, 'PLANNED', :by)""")
                .param("id", id).param("c", caseId).param("kind", kind.name()).param("m", municipality.value())
                .param("at", ts(plannedAt)).param("loc", enc(location)).param("type", locationType)
                .param("members", array(members)).param("fewer", fewerReason).param("care", careWorker)
                .param("licence", licenceNumber).param("checklist", array(checklist)).param("by", plannedBy).update();
    }

    private Rows.Control controlRow(ResultSet rs, int n) throws SQLException {
        Report report = null;
        if ("REPORTED".equals(rs.getString("state"))) {
            report = new Report(Report.Answer.valueOf(rs.getString("id_seen")),
                    Report.Answer.valueOf(rs.getString("age_21_plus")), dec(rs, "brought_by"),
                    dec(rs, "landlord"), dec(rs, "working_conditions"),
                    strings(rs, "indicators").stream().map(IndicatorCode::valueOf).collect(Collectors.toSet()),
                    strings(rs, "checklist_results"), dec(rs, "observations"),
                    Report.Outcome.valueOf(rs.getString("outcome")), rs.getBoolean("care_offered"),
                    rs.getBoolean("care_accepted"));
        }
        return new Rows.Control(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                ControlKind.valueOf(rs.getString("kind")), MunicipalityCode.of(rs.getString("municipality")),
                instant(rs, "planned_at"), dec(rs, "location"), rs.getString("location_type"),
                strings(rs, "members"), rs.getString("fewer_members_reason"), rs.getBoolean("care_worker_invited"),
                rs.getString("licence_number"), strings(rs, "checklist_items"), rs.getString("state"),
                rs.getString("planned_by"), report);
    }

    public Optional<Rows.Control> control(UUID id) {
        return jdbc.sql("SELECT * FROM supervision.control WHERE id = :id").param("id", id)
                .query(this::controlRow).optional();
    }

    public List<Rows.Control> controlsOfCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.control WHERE case_id = :c ORDER BY planned_at").param("c", caseId)
                .query(this::controlRow).list();
    }

    /** Inspections of licensed businesses in the given municipalities (the licensing officers' view). */
    public List<Rows.Control> licensedInspections(String[] municipalities) {
        return jdbc.sql("""
                SELECT * FROM supervision.control WHERE kind = 'LICENSED_BUSINESS_INSPECTION'
                  AND municipality = ANY(:scope) ORDER BY planned_at DESC LIMIT 500""")
                .param("scope", municipalities).query(this::controlRow).list();
    }

    public int report(UUID id, Report r, String by, Instant now) {
        return jdbc.sql("""
                UPDATE supervision.control SET state = 'REPORTED', id_seen = :idSeen, age_21_plus = :age,
                    brought_by = :brought, landlord = :landlord, working_conditions = :conditions,
                    indicators = :indicators, checklist_results = :results, observations = :obs, outcome = :outcome,
                    care_offered = :offered, care_accepted = :accepted, reported_at = :now, reported_by = :by
                WHERE id = :id AND state = 'PLANNED'""")
                .param("id", id).param("idSeen", r.idSeen().name()).param("age", r.age21Plus().name())
                .param("brought", enc(r.broughtBy())).param("landlord", enc(r.landlord()))
                .param("conditions", enc(r.workingConditions()))
                .param("indicators", r.sortedIndicators().stream().map(Enum::name).toArray(String[]::new))
                .param("results", array(r.checklistResults())).param("obs", enc(r.observations()))
                .param("outcome", r.outcome().name()).param("offered", r.careOffered())
                .param("accepted", r.careAccepted()).param("now", ts(now)).param("by", by).update();
    }

    public void addAddendum(UUID controlId, String text, String by, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.control_addendum (id, control_id, text, added_at, added_by)
                VALUES (:id, :c, :text, :now, :by)""")
                .param("id", UUID.randomUUID()).param("c", controlId).param("text", enc(text)).param("now", ts(now))
                .param("by", by).update();
    }

    public List<Rows.Addendum> addenda(UUID controlId) {
        return jdbc.sql("SELECT * FROM supervision.control_addendum WHERE control_id = :c ORDER BY added_at")
                .param("c", controlId).query((rs, n) -> new Rows.Addendum(rs.getObject("id", UUID.class),
                        dec(rs, "text"), instant(rs, "added_at"), rs.getString("added_by"))).list();
    }

    public void insertHandoff(UUID controlId, String reference, List<String> indicators, List<String> adIds,
            List<String> networkIds, List<String> caseIds, List<String> businessIds, String by, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.signal_handoff (id, control_id, signal_reference, indicators, ad_ids, network_ids,
                    case_ids, business_ids, handed_at, handed_by)
                VALUES (:id, :c, :ref, :ind, :ads, :networks, :cases, :businesses, :now, :by)""")
                .param("id", UUID.randomUUID()).param("c", controlId).param("ref", reference)
                .param("ind", array(indicators)).param("ads", array(adIds)).param("networks", array(networkIds))
                .param("cases", array(caseIds)).param("businesses", array(businessIds)).param("now", ts(now))
                .param("by", by).update();
    }

    public Optional<Rows.Handoff> handoff(UUID controlId) {
        return jdbc.sql("SELECT * FROM supervision.signal_handoff WHERE control_id = :c").param("c", controlId)
                .query((rs, n) -> new Rows.Handoff(rs.getString("signal_reference"), strings(rs, "indicators"),
                        strings(rs, "ad_ids"), strings(rs, "network_ids"), strings(rs, "case_ids"),
                        strings(rs, "business_ids"), instant(rs, "handed_at"), rs.getString("handed_by"))).optional();
    }

    // ------------------------------------------------------------------------------------------ enforcement

    public void insertAction(Rows.EnforcementAction a) {
        jdbc.sql("""
                INSERT INTO supervision.enforcement_action (id, case_id, control_id, subject_kind, subject_key,
                    subject_label, municipality, track, step_code, proposed_step_code, deviation_reason, offender,
                    penalty_amount, penalty_maximum, language, decided_on, deadline, rulebook_version, decided_by)
                VALUES (:id, :c, :control, :kind, :key, :label, :m, :track, :step, :proposed, :deviation, :offender,
                    :amount, :maximum, :lang, :on, :deadline, :version, :by)""")
                .param("id", a.id()).param("c", a.caseId()).param("control", a.controlId())
                .param("kind", a.subjectKind().name()).param("key", a.subjectKey()).param("label", enc(a.subjectLabel()))
                .param("m", a.municipality().value()).param("track", a.track()).param("step", a.stepCode())
                .param("proposed", a.proposedStepCode()).param("deviation", enc(a.deviationReason()))
                .param("offender", a.offender()).param("amount", a.penaltyAmount())
                .param("maximum", a.penaltyMaximum()).param("lang", a.language().name()).param("on", a.decidedOn())
                .param("deadline", a.deadline()).param("version", a.rulebookVersion()).param("by", a.decidedBy())
                .update();
    }

    private Rows.EnforcementAction actionRow(ResultSet rs, int n) throws SQLException {
        return new Rows.EnforcementAction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("control_id", UUID.class), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_key"), dec(rs, "subject_label"),
                MunicipalityCode.of(rs.getString("municipality")), rs.getString("track"), rs.getString("step_code"),
                rs.getString("proposed_step_code"), dec(rs, "deviation_reason"), rs.getString("offender"),
                rs.getBigDecimal("penalty_amount"), rs.getBigDecimal("penalty_maximum"),
                LetterLanguage.valueOf(rs.getString("language")), date(rs, "decided_on"), date(rs, "deadline"),
                rs.getString("rulebook_version"), rs.getString("decided_by"));
    }

    /** Every step against the subject in the whole region: the ladder looks beyond the municipality. */
    public List<PastStep> history(SubjectKind kind, String key) {
        return jdbc.sql("""
                SELECT a.step_code, a.municipality, a.decided_on, c.reference FROM supervision.enforcement_action a
                JOIN supervision.case_file c ON c.id = a.case_id
                WHERE a.subject_kind = :kind AND a.subject_key = :key ORDER BY a.decided_on, a.id""")
                .param("kind", kind.name()).param("key", key)
                .query((rs, n) -> new PastStep(rs.getString(1), MunicipalityCode.of(rs.getString(2)), date(rs, "decided_on"),
                        rs.getString(4))).list();
    }

    public List<Rows.EnforcementAction> actionsOfCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM supervision.enforcement_action WHERE case_id = :c ORDER BY decided_on, id")
                .param("c", caseId).query(this::actionRow).list();
    }

    public Optional<Rows.EnforcementAction> action(UUID id) {
        return jdbc.sql("SELECT * FROM supervision.enforcement_action WHERE id = :id").param("id", id)
                .query(this::actionRow).optional();
    }

    /** Deviations from the ladder in scope: reportable. */
    public List<Rows.EnforcementAction> deviations(String[] scope) {
        return jdbc.sql("""
                SELECT * FROM supervision.enforcement_action WHERE deviation_reason IS NOT NULL
                  AND municipality = ANY(:scope) ORDER BY decided_on DESC LIMIT 1000""")
                .param("scope", scope).query(this::actionRow).list();
    }

    /** Steps with a deadline from {@code from} on, in scope: the deadlines the team watches. */
    public List<Rows.EnforcementAction> deadlines(String[] scope, LocalDate from) {
        return jdbc.sql("""
                SELECT * FROM supervision.enforcement_action WHERE deadline IS NOT NULL AND deadline >= :from
                  AND municipality = ANY(:scope) ORDER BY deadline LIMIT 500""")
                .param("scope", scope).param("from", from).query(this::actionRow).list();
    }

    // ------------------------------------------------------------------------------------------ displacement

    /** Cases with an intervention (a finished control or an enforcement step) that hold this network. */
    public List<Rows.Case> intervenedCasesWithNetwork(String networkId) {
        return jdbc.sql("""
                SELECT DISTINCT c.* FROM supervision.case_file c JOIN supervision.case_ad a ON a.case_id = c.id
                WHERE a.network_id = :n AND """ + INTERVENED).param("n", networkId).query(this::caseRow)
                .list();
    }

    /** Cases with an intervention that hold this phone index, in an ad or a person met. */
    public List<CaseMatch> intervenedCasesWithIdentifier(String index) {
        return jdbc.sql("""
                SELECT DISTINCT c.*, 'PHONE' AS match_kind FROM supervision.case_file c
                  JOIN supervision.case_ad a ON a.case_id = c.id
                """ + " WHERE " + PHONE_IN_CASE_AD + " AND " + INTERVENED + """
                 UNION
                SELECT DISTINCT c.*, 'PERSON' AS match_kind FROM supervision.case_file c
                  JOIN supervision.case_person p ON p.case_id = c.id
                 WHERE p.phone_index = :i AND """ + INTERVENED)
                .param("i", index)
                .query((rs, n) -> new CaseMatch(caseRow(rs, n), rs.getString("match_kind"))).list();
    }

    public record CaseMatch(Rows.Case caseFile, String matchKind) {
    }

    /**
     * What the networks and identifiers of a whole import batch meet in intervened cases: one query for the
     * networks, one for the identifiers (the same cases and match kinds the per-ad queries above find).
     */
    public CaseLinks intervenedLinks(Collection<String> networkIds, Collection<String> identifiers) {
        Map<String, List<CaseLinks.Link>> byNetwork = new HashMap<>();
        if (!networkIds.isEmpty()) {
            jdbc.sql("""
                    SELECT DISTINCT a.network_id, c.id, c.municipality FROM supervision.case_file c
                      JOIN supervision.case_ad a ON a.case_id = c.id
                     WHERE a.network_id = ANY(:n) AND """ + INTERVENED)
                    .param("n", array(networkIds)).query(rs -> {
                        byNetwork.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseLinks.Link(
                                rs.getObject(2, UUID.class), MunicipalityCode.of(rs.getString(3)), "NETWORK"));
                    });
        }
        Map<String, List<CaseLinks.Link>> byIdentifier = new HashMap<>();
        if (!identifiers.isEmpty()) {
            jdbc.sql("""
                    SELECT DISTINCT i.identifier, c.id, c.municipality, 'PHONE' AS match_kind
                      FROM supervision.case_file c
                      JOIN supervision.case_ad a ON a.case_id = c.id
                     CROSS JOIN LATERAL unnest(a.identifier_indexes) AS i(identifier)
                     WHERE a.identifier_indexes && CAST(:i AS TEXT[]) AND i.identifier = ANY(:i) AND """ + INTERVENED + """
                     UNION
                    SELECT DISTINCT p.phone_index, c.id, c.municipality, 'PERSON' AS match_kind
                      FROM supervision.case_file c
                      JOIN supervision.case_person p ON p.case_id = c.id
                     WHERE p.phone_index = ANY(:i) AND """ + INTERVENED)
                    .param("i", array(identifiers)).query(rs -> {
                        byIdentifier.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CaseLinks.Link(
                                rs.getObject(2, UUID.class), MunicipalityCode.of(rs.getString(3)), rs.getString(4)));
                    });
        }
        return new CaseLinks(byNetwork, byIdentifier);
    }

    /** A displacement alert to a lead, before it is stored. */
    public record NewAlert(UUID id, String matchKind, UUID fromCase, MunicipalityCode from, MunicipalityCode to,
            UUID toLead) {
    }

    /** Stores the alerts in one statement; returns the ids of those that were not there yet (raised once). */
    public Set<UUID> insertLeadAlerts(Collection<NewAlert> alerts, Instant now) {
        Set<UUID> inserted = new HashSet<>();
        if (alerts.isEmpty()) {
            return inserted;
        }
        jdbc.sql("""
                INSERT INTO supervision.displacement_alert (id, match_kind, from_case_id, from_municipality,
                    to_municipality, to_lead_id, to_case_id, created_at)
                SELECT t.id, t.kind, t.from_case, t.fm, t.tm, t.lead, NULL, :now
                  FROM unnest(CAST(:ids AS UUID[]), CAST(:kinds AS TEXT[]), CAST(:cases AS UUID[]), CAST(:fms AS TEXT[]),
                              CAST(:tms AS TEXT[]), CAST(:leads AS UUID[])) AS t(id, kind, from_case, fm, tm, lead)
                ON CONFLICT DO NOTHING RETURNING id""")
                .param("ids", alerts.stream().map(NewAlert::id).toArray(UUID[]::new))
                .param("kinds", alerts.stream().map(NewAlert::matchKind).toArray(String[]::new))
                .param("cases", alerts.stream().map(NewAlert::fromCase).toArray(UUID[]::new))
                .param("fms", alerts.stream().map(a -> a.from().value()).toArray(String[]::new))
                .param("tms", alerts.stream().map(a -> a.to().value()).toArray(String[]::new))
                .param("leads", alerts.stream().map(NewAlert::toLead).toArray(UUID[]::new))
                .param("now", ts(now)).query(rs -> {
                    inserted.add(rs.getObject(1, UUID.class));
                });
        return inserted;
    }

    private static final String INTERVENED = """
            (EXISTS (SELECT 1 FROM supervision.control k WHERE k.case_id = c.id AND k.state = 'REPORTED')
             OR EXISTS (SELECT 1 FROM supervision.enforcement_action e WHERE e.case_id = c.id))
            """;

    public boolean insertAlert(UUID id, String matchKind, UUID fromCase, MunicipalityCode from, MunicipalityCode to,
            UUID toLead, UUID toCase, Instant now) {
        return jdbc.sql("""
                INSERT INTO supervision.displacement_alert (id, match_kind, from_case_id, from_municipality,
                    to_municipality, to_lead_id, to_case_id, created_at)
                VALUES (:id, :kind, :from, :fm, :tm, :lead, :case, :now) ON CONFLICT DO NOTHING""")
                .param("id", id).param("kind", matchKind).param("from", fromCase).param("fm", from.value())
                .param("tm", to.value()).param("lead", toLead).param("case", toCase).param("now", ts(now))
                .update() > 0;
    }

    /** The newest 500 alerts in scope (the alerts page and the notification inbox). */
    public List<Rows.Alert> alerts(String[] scope) {
        return alerts(scope, null);
    }

    /** Every alert in scope that points at this lead or case, or comes from this case. */
    public List<Rows.Alert> alertsAbout(String[] scope, UUID leadOrCase) {
        return alerts(scope, leadOrCase);
    }

    public int alertCount(String[] scope) {
        return jdbc.sql("""
                SELECT count(*) FROM supervision.displacement_alert a
                WHERE a.from_municipality = ANY(:scope) OR a.to_municipality = ANY(:scope)""").param("scope", scope)
                .query(Integer.class).single();
    }

    private List<Rows.Alert> alerts(String[] scope, UUID about) {
        return jdbc.sql("""
                SELECT a.*, c.reference FROM supervision.displacement_alert a
                JOIN supervision.case_file c ON c.id = a.from_case_id
                WHERE (a.from_municipality = ANY(:scope) OR a.to_municipality = ANY(:scope))
                  AND (CAST(:about AS uuid) IS NULL OR :about IN (a.to_lead_id, a.from_case_id, a.to_case_id))
                ORDER BY a.created_at DESC""" + (about == null ? " LIMIT 500" : ""))
                .param("scope", scope).param("about", about)
                .query((rs, n) -> new Rows.Alert(rs.getObject("id", UUID.class), rs.getString("match_kind"),
                        rs.getObject("from_case_id", UUID.class), rs.getString("reference"),
                        MunicipalityCode.of(rs.getString("from_municipality")),
                        MunicipalityCode.of(rs.getString("to_municipality")), rs.getObject("to_lead_id", UUID.class),
                        rs.getObject("to_case_id", UUID.class), instant(rs, "created_at"))).list();
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

    // ------------------------------------------------------------------------------------------ load, retention

    public List<Rows.Load> load(String[] scope) {
        return jdbc.sql("""
                SELECT t.username, t.display_name,
                  (SELECT count(*) FROM supervision.lead l WHERE l.assignee = t.username AND l.state = 'OPEN'
                      AND l.municipality = ANY(:scope)) AS open_leads,
                  (SELECT count(*) FROM supervision.control k WHERE t.username = ANY(k.members) AND k.state = 'PLANNED'
                      AND k.municipality = ANY(:scope)) AS planned_controls,
                  (SELECT count(DISTINCT k.case_id) FROM supervision.control k JOIN supervision.case_file c
                      ON c.id = k.case_id WHERE t.username = ANY(k.members) AND c.state = 'OPEN'
                      AND c.municipality = ANY(:scope)) AS open_cases
                FROM supervision.team_member t ORDER BY t.display_name""")
                .param("scope", scope)
                .query((rs, n) -> new Rows.Load(rs.getString("username"), rs.getString("display_name"),
                        rs.getInt("open_leads"), rs.getInt("planned_controls"), rs.getInt("open_cases"))).list();
    }

    public List<UUID> closedBefore(LocalDate closedOnOrBefore) {
        return jdbc.sql("SELECT id FROM supervision.case_file WHERE state = 'CLOSED' AND closed_on <= :d")
                .param("d", closedOnOrBefore).query(UUID.class).list();
    }

    public int deleteCases(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM supervision.case_file WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).update();
    }

    public void recordDestruction(String category, int cases, boolean dryRun, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.destruction (id, category, cases, dry_run, performed_at)
                VALUES (:id, :cat, :n, :dry, :now)""")
                .param("id", UUID.randomUUID()).param("cat", category).param("n", cases).param("dry", dryRun)
                .param("now", ts(now)).update();
    }
}
