package frl.ienline.register.internal;

import frl.ienline.register.internal.LicenceApplication.Channel;
import frl.ienline.shared.MunicipalityCode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Licence applications in the {@code register} schema. An aggregate is one row plus its managers,
 * suspensions, information requests and history; saving writes the row (optimistic lock on
 * {@code version}), replaces the small child lists and appends the new history lines.
 */
@Repository
public class Applications {

    private static final TypeReference<List<DecisionCheck>> CHECKS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final ApplicationEventPublisher events;

    Applications(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    public Optional<LicenceApplication> byId(UUID id) {
        return jdbc.sql("SELECT * FROM register.application WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getObject("id", UUID.class)).optional().map(this::load);
    }

    /** Only if the application lies in one of {@code municipalities}: the scope check is in the query. */
    public Optional<LicenceApplication> byIdInScope(UUID id, String[] municipalities) {
        return jdbc.sql("SELECT id FROM register.application WHERE id = :id AND municipality = ANY(:scope)")
                .param("id", id).param("scope", municipalities)
                .query(UUID.class).optional().map(this::load);
    }

    public Optional<LicenceApplication> byReference(ApplicationReference reference) {
        return jdbc.sql("SELECT id FROM register.application WHERE reference = :reference")
                .param("reference", reference.value()).query(UUID.class).optional().map(this::load);
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM register.application WHERE id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    public boolean referenceTaken(ApplicationReference reference) {
        return jdbc.sql("SELECT count(*) FROM register.application WHERE reference = :r").param("r", reference.value())
                .query(Long.class).single() > 0;
    }

    /** Received, undecided applications in the given municipalities (the officer's worklist). */
    public List<LicenceApplication> pendingIn(String[] municipalities) {
        return jdbc.sql("""
                SELECT id FROM register.application
                WHERE municipality = ANY(:scope) AND state IN ('RECEIVED', 'INCOMPLETE', 'IN_ASSESSMENT',
                      'BIBOB_ADVICE_REQUESTED', 'HEARING')
                ORDER BY received_on, reference""")
                .param("scope", municipalities).query(UUID.class).list().stream().map(this::load).toList();
    }

    /** Decided applications whose objection window has closed on {@code today}, for the daily job. */
    public List<UUID> objectionWindowClosed(LocalDate today) {
        return jdbc.sql("SELECT id FROM register.application WHERE state = 'DECIDED' AND objection_deadline < :today")
                .param("today", today).query(UUID.class).list();
    }

    /** Summaries of every received application in the region (the read-only regional view). */
    public List<ApplicationSummary> summaries(String municipality, String state) {
        return jdbc.sql("""
                SELECT id, reference, municipality, kind, business_name, state, received_on, outcome, decided_on
                FROM register.application
                WHERE state <> 'DRAFT' AND (CAST(:municipality AS TEXT) IS NULL OR municipality = :municipality)
                  AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                ORDER BY received_on DESC NULLS LAST, reference
                LIMIT 500""")
                .param("municipality", municipality).param("state", state)
                .query((rs, n) -> new ApplicationSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("municipality"), rs.getString("kind"), rs.getString("business_name"),
                        ApplicationState.valueOf(rs.getString("state")), localDate(rs, "received_on"),
                        rs.getString("outcome"), localDate(rs, "decided_on")))
                .list();
    }

    public record ApplicationSummary(UUID id, String reference, String municipality, String kind, String businessName,
            ApplicationState state, LocalDate receivedOn, String outcome, LocalDate decidedOn) {
    }

    /**
     * Refusals and revocations since {@code since} anywhere in the region that concern one of the given
     * people or KvK numbers. Deliberately not limited to the officer's scope: a refusal in Leeuwarden must
     * be visible to Súdwest-Fryslân (one line for the whole region).
     *
     * @param personKeys {@link Person#matchKey()} of the operator and managers
     */
    public List<AdverseMatch> adverseDecisionsRegionWide(List<String> personKeys, List<String> kvkNumbers,
            LocalDate since, UUID excludeApplication) {
        String[] keys = personKeys.toArray(String[]::new);
        String[] kvks = kvkNumbers.toArray(String[]::new);
        return jdbc.sql("""
                SELECT 'REFUSAL' AS kind, a.reference AS ref, a.municipality, a.decided_on AS on_date, k.key
                FROM register.application a
                JOIN LATERAL (
                    SELECT a.operator_name_key || '|' || to_char(a.operator_birth_date, 'YYYY-MM-DD') AS key
                    WHERE a.operator_type = 'PERSON'
                    UNION ALL SELECT 'kvk:' || a.operator_kvk WHERE a.operator_kvk IS NOT NULL
                    UNION ALL SELECT m.name_key || '|' || to_char(m.birth_date, 'YYYY-MM-DD')
                              FROM register.application_manager m WHERE m.application_id = a.id
                ) k ON TRUE
                WHERE a.outcome = 'REFUSED' AND a.decided_on >= :since AND a.id <> :self
                  AND (k.key = ANY(:keys) OR k.key = ANY(:kvks))
                UNION ALL
                SELECT 'REVOCATION', l.number, l.municipality, l.ended_on, k.key
                FROM register.licence l
                JOIN LATERAL (
                    SELECT l.holder_name_key || '|' || to_char(l.holder_birth_date, 'YYYY-MM-DD') AS key
                    WHERE l.holder_type = 'PERSON'
                    UNION ALL SELECT 'kvk:' || l.holder_kvk WHERE l.holder_kvk IS NOT NULL
                    UNION ALL SELECT m.name_key || '|' || to_char(m.birth_date, 'YYYY-MM-DD')
                              FROM register.licence_manager m WHERE m.licence_id = l.id
                ) k ON TRUE
                WHERE l.state = 'REVOKED' AND l.ended_on >= :since AND (k.key = ANY(:keys) OR k.key = ANY(:kvks))
                ORDER BY on_date DESC""")
                .param("keys", keys).param("kvks", Arrays.stream(kvks).map(k -> "kvk:" + k).toArray(String[]::new))
                .param("since", since).param("self", excludeApplication)
                .query((rs, n) -> new AdverseMatch(PriorAdverseDecision.Kind.valueOf(rs.getString("kind")),
                        rs.getString("key"), rs.getString("municipality"), localDate(rs, "on_date"),
                        rs.getString("ref")))
                .list();
    }

    /** @param key the matched {@link Person#matchKey()} or {@code kvk:<number>} */
    public record AdverseMatch(PriorAdverseDecision.Kind kind, String key, String municipality, LocalDate on,
            String reference) {
    }

    public void insert(LicenceApplication a, Instant now) {
        jdbc.sql("""
                INSERT INTO register.application (id, reference, channel, follow_up_code_hash, state, version,
                    created_at, updated_at)
                VALUES (:id, :reference, :channel, :hash, :state, 0, :now, :now)""")
                .param("id", a.id()).param("reference", a.reference().value()).param("channel", a.channel().name())
                .param("hash", a.followUpCodeHash()).param("state", a.state().name()).param("now", timestamp(now))
                .update();
        write(a, 0, now);
    }

    /** Saves the changes of an aggregate loaded at {@code a.version()}; fails if someone else saved in between. */
    public void update(LicenceApplication a, Instant now) {
        write(a, a.version(), now);
    }

    private void write(LicenceApplication a, int expectedVersion, Instant now) {
        Business b = a.business();
        Address p = b == null ? null : b.premises();
        Operator o = a.operator();
        Decision d = a.decision();
        int updated = jdbc.sql("""
                UPDATE register.application SET
                    state = :state, kind = :kind, municipality = :municipality, business_name = :businessName,
                    premises_street = :street, premises_house_number = :houseNumber, premises_postcode = :postcode,
                    premises_town = :town, ad_phone = :adPhone, workrooms = :workrooms,
                    expected_sex_workers = :expected, operator_type = :operatorType, operator_name = :operatorName,
                    operator_name_key = :operatorKey, operator_birth_date = :operatorBirth, operator_kvk = :operatorKvk,
                    received_on = :receivedOn, decision_term_days = :termDays, extension_days = :extensionDays,
                    extended_on = :extendedOn, extension_reason = :extensionReason,
                    bibob_requested_on = :bibobOn, bibob_extended = :bibobExtended, bibob_outcome = :bibobOutcome,
                    bibob_summary = :bibobSummary, view_invited_on = :viewOn, view_due_on = :viewDue,
                    view_summary = :viewSummary, outcome = :outcome, decided_on = :decidedOn, decided_by = :decidedBy,
                    decision_reason = :decisionReason, decision_conditions = :conditions,
                    decision_checks = CAST(:checks AS JSONB), rulebook_version = :rulebookVersion,
                    objection_deadline = :objectionDeadline, objection_lodged_on = :objectionOn,
                    licence_id = :licenceId, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version""")
                .param("state", a.state().name())
                .param("kind", b == null ? null : b.kind().name())
                .param("municipality", b == null ? null : b.municipality().value())
                .param("businessName", b == null ? null : b.name())
                .param("street", p == null ? null : p.street())
                .param("houseNumber", p == null ? null : p.houseNumber())
                .param("postcode", p == null ? null : p.postcode())
                .param("town", p == null ? null : p.town())
                .param("adPhone", b == null ? null : b.adPhone().e164())
                .param("workrooms", b == null ? null : b.workrooms())
                .param("expected", b == null ? null : b.expectedSexWorkers())
                .param("operatorType", o == null ? null : o.type().name())
                .param("operatorName", o == null ? null : o.name())
                .param("operatorKey", o == null ? null : Person.nameKey(o.name()))
                .param("operatorBirth", o == null ? null : o.birthDate())
                .param("operatorKvk", o == null || o.kvk() == null ? null : o.kvk().value())
                .param("receivedOn", a.receivedOn())
                .param("termDays", a.decisionTermDays())
                .param("extensionDays", a.extensionDays())
                .param("extendedOn", a.extendedOn())
                .param("extensionReason", a.extensionReason())
                .param("bibobOn", a.bibobRequestedOn())
                .param("bibobExtended", a.bibobExtended())
                .param("bibobOutcome", a.bibobOutcome() == null ? null : a.bibobOutcome().name())
                .param("bibobSummary", a.bibobSummary())
                .param("viewOn", a.viewInvitedOn())
                .param("viewDue", a.viewDueOn())
                .param("viewSummary", a.viewSummary())
                .param("outcome", d == null ? null : d.outcome().name())
                .param("decidedOn", d == null ? null : d.decidedOn())
                .param("decidedBy", d == null ? null : d.decidedBy())
                .param("decisionReason", d == null ? null : d.reason())
                .param("conditions", d == null ? null : d.conditions().toArray(String[]::new))
                .param("checks", d == null ? null : json.writeValueAsString(d.checks()))
                .param("rulebookVersion", d == null ? null : d.rulebookVersion())
                .param("objectionDeadline", d == null ? null : d.objectionDeadline())
                .param("objectionOn", a.objectionLodgedOn())
                .param("licenceId", a.licenceId())
                .param("now", timestamp(now))
                .param("id", a.id()).param("version", expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Application " + a.reference()
                    + " was changed by someone else");
        }
        jdbc.sql("DELETE FROM register.application_manager WHERE application_id = :id").param("id", a.id()).update();
        for (int i = 0; i < a.managers().size(); i++) {
            Person m = a.managers().get(i);
            jdbc.sql("""
                    INSERT INTO register.application_manager (application_id, position, name, name_key, birth_date)
                    VALUES (:id, :position, :name, :key, :birth)""")
                    .param("id", a.id()).param("position", i).param("name", m.name())
                    .param("key", Person.nameKey(m.name())).param("birth", m.birthDate()).update();
        }
        jdbc.sql("DELETE FROM register.application_suspension WHERE application_id = :id").param("id", a.id()).update();
        for (int i = 0; i < a.suspensions().size(); i++) {
            Suspension s = a.suspensions().get(i);
            jdbc.sql("""
                    INSERT INTO register.application_suspension (application_id, position, kind, started_on, ended_on,
                        cap_days) VALUES (:id, :position, :kind, :started, :ended, :cap)""")
                    .param("id", a.id()).param("position", i).param("kind", s.kind().name())
                    .param("started", s.startedOn()).param("ended", s.endedOn()).param("cap", s.capDays()).update();
        }
        for (InformationRequest r : a.requests()) {
            jdbc.sql("""
                    INSERT INTO register.information_request (id, application_id, requested_on, due_on, what,
                        requested_by, answered_on, answer)
                    VALUES (:id, :application, :requested, :due, :what, :by, :answeredOn, :answer)
                    ON CONFLICT (id) DO UPDATE SET answered_on = EXCLUDED.answered_on, answer = EXCLUDED.answer""")
                    .param("id", r.id()).param("application", a.id()).param("requested", r.requestedOn())
                    .param("due", r.dueOn()).param("what", r.what()).param("by", r.requestedBy())
                    .param("answeredOn", r.answeredOn()).param("answer", r.answer()).update();
        }
        for (HistoryEntry h : a.newHistory()) {
            jdbc.sql("""
                    INSERT INTO register.application_history (application_id, at, by_whom, action, from_state, to_state,
                        reason) VALUES (:id, :at, :by, :action, :from, :to, :reason)""")
                    .param("id", a.id()).param("at", timestamp(h.at())).param("by", h.by()).param("action", h.action())
                    .param("from", h.fromState()).param("to", h.toState()).param("reason", h.reason()).update();
        }
        a.newFacts().forEach(events::publishEvent);
    }

    /** Removes drafts nobody touched since {@code before} (never submitted, so never received). */
    public int deleteAbandonedDrafts(Instant before) {
        return jdbc.sql("DELETE FROM register.application WHERE state = 'DRAFT' AND updated_at < :before")
                .param("before", timestamp(before)).update();
    }

    private LicenceApplication load(UUID id) {
        List<Person> managers = jdbc.sql("""
                SELECT name, birth_date FROM register.application_manager
                WHERE application_id = :id ORDER BY position""")
                .param("id", id).query((rs, n) -> new Person(rs.getString("name"), localDate(rs, "birth_date"))).list();
        List<Suspension> suspensions = jdbc.sql("""
                SELECT kind, started_on, ended_on, cap_days FROM register.application_suspension
                WHERE application_id = :id ORDER BY position""")
                .param("id", id).query((rs, n) -> new Suspension(Suspension.Kind.valueOf(rs.getString("kind")),
                        localDate(rs, "started_on"), localDate(rs, "ended_on"), rs.getInt("cap_days"))).list();
        List<InformationRequest> requests = jdbc.sql("""
                SELECT * FROM register.information_request WHERE application_id = :id ORDER BY requested_on, id""")
                .param("id", id).query((rs, n) -> new InformationRequest(rs.getObject("id", UUID.class),
                        localDate(rs, "requested_on"), localDate(rs, "due_on"), rs.getString("what"),
                        rs.getString("requested_by"), localDate(rs, "answered_on"), rs.getString("answer"))).list();
        List<HistoryEntry> history = historyOf(id);
        return jdbc.sql("SELECT * FROM register.application WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs, managers, suspensions, requests, history)).single();
    }

    List<HistoryEntry> historyOf(UUID id) {
        return jdbc.sql("""
                SELECT at, by_whom, action, from_state, to_state, reason FROM register.application_history
                WHERE application_id = :id ORDER BY id""")
                .param("id", id).query((rs, n) -> new HistoryEntry(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("by_whom"), rs.getString("action"), rs.getString("from_state"),
                        rs.getString("to_state"), rs.getString("reason"))).list();
    }

    private LicenceApplication map(ResultSet rs, List<Person> managers, List<Suspension> suspensions,
            List<InformationRequest> requests, List<HistoryEntry> history) throws SQLException {
        Business business = null;
        if (rs.getString("kind") != null) {
            Address premises = rs.getString("premises_street") == null ? null
                    : new Address(rs.getString("premises_street"), rs.getString("premises_house_number"),
                            rs.getString("premises_postcode"), rs.getString("premises_town"));
            business = new Business(LicenceKind.valueOf(rs.getString("kind")),
                    MunicipalityCode.of(rs.getString("municipality")), rs.getString("business_name"), premises,
                    new AdPhoneNumber(rs.getString("ad_phone")), (Integer) rs.getObject("workrooms"),
                    rs.getInt("expected_sex_workers"));
        }
        Operator operator = null;
        if (rs.getString("operator_type") != null) {
            operator = new Operator(Operator.Type.valueOf(rs.getString("operator_type")), rs.getString("operator_name"),
                    localDate(rs, "operator_birth_date"),
                    rs.getString("operator_kvk") == null ? null : new KvkNumber(rs.getString("operator_kvk")));
        }
        Decision decision = null;
        if (rs.getString("outcome") != null) {
            String checks = rs.getString("decision_checks");
            decision = new Decision(Outcome.valueOf(rs.getString("outcome")), localDate(rs, "decided_on"),
                    rs.getString("decided_by"), rs.getString("decision_reason"),
                    strings(rs.getArray("decision_conditions")),
                    checks == null ? List.of() : json.readValue(checks, CHECKS), rs.getString("rulebook_version"),
                    localDate(rs, "objection_deadline"));
        }
        return new LicenceApplication(rs.getObject("id", UUID.class),
                new ApplicationReference(rs.getString("reference")),
                Channel.valueOf(rs.getString("channel")), rs.getBytes("follow_up_code_hash"),
                ApplicationState.valueOf(rs.getString("state")), business, operator, managers,
                localDate(rs, "received_on"), rs.getInt("decision_term_days"), rs.getInt("extension_days"),
                localDate(rs, "extended_on"), rs.getString("extension_reason"), suspensions, requests,
                localDate(rs, "bibob_requested_on"), rs.getBoolean("bibob_extended"),
                rs.getString("bibob_outcome") == null ? null : BibobOutcome.valueOf(rs.getString("bibob_outcome")),
                rs.getString("bibob_summary"), localDate(rs, "view_invited_on"), localDate(rs, "view_due_on"),
                rs.getString("view_summary"), decision, rs.getObject("licence_id", UUID.class),
                localDate(rs, "objection_lodged_on"), rs.getInt("version"), history);
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
