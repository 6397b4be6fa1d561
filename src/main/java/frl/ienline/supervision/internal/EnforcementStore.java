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
import frl.ienline.platform.crypto.EncryptedColumn;
import org.springframework.stereotype.Repository;

import static frl.ienline.supervision.internal.Sql.array;
import static frl.ienline.supervision.internal.Sql.date;
import static frl.ienline.supervision.internal.Sql.instant;
import static frl.ienline.supervision.internal.Sql.strings;
import static frl.ienline.supervision.internal.Sql.ts;

/**
 * The steps of the enforcement ladder, and the region-wide history of a subject the ladder proposes from.
 */
@Repository
public class EnforcementStore {

    private final JdbcClient jdbc;
    private final SupervisionKeys keys;

    EnforcementStore(JdbcClient jdbc, SupervisionKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    private String enc(String plain, EncryptedColumn column, Object rowId) {
        return keys.encrypt(plain, column, rowId);
    }

    /** The column's value in the current row, bound to the row's id. */
    private String dec(ResultSet rs, EncryptedColumn column) throws SQLException {
        return keys.decrypt(rs.getString(column.column()), column, rs.getObject(column.idColumn()));
    }

    // ------------------------------------------------------------------------------------------ enforcement

    public void insertAction(Rows.EnforcementAction a) {
        jdbc.sql("""
                INSERT INTO supervision.enforcement_action (id, case_id, control_id, subject_kind, subject_key,
                    subject_label, municipality, track, step_code, proposed_step_code, deviation_reason, offender,
                    penalty_amount, penalty_maximum, language, decided_on, deadline, rulebook_version, decided_by,
                    deviation_reason_code, by_team)
                VALUES (:id, :c, :control, :kind, :key, :label, :m, :track, :step, :proposed, :deviation, :offender,
                    :amount, :maximum, :lang, :on, :deadline, :version, :by, :deviationCode, :byTeam)""")
                .param("id", a.id()).param("c", a.caseId()).param("control", a.controlId())
                .param("kind", a.subjectKind().name()).param("key", a.subjectKey()).param("label", enc(a.subjectLabel(), SupervisionKeys.ACTION_LABEL, a.id()))
                .param("m", a.municipality().value()).param("track", a.track()).param("step", a.stepCode())
                .param("proposed", a.proposedStepCode()).param("deviation", enc(a.deviationReason(), SupervisionKeys.ACTION_DEVIATION, a.id()))
                .param("offender", a.offender()).param("amount", a.penaltyAmount())
                .param("maximum", a.penaltyMaximum()).param("lang", a.language().name()).param("on", a.decidedOn())
                .param("deadline", a.deadline()).param("version", a.rulebookVersion()).param("by", a.decidedBy())
                .param("deviationCode", a.deviationReasonCode()).param("byTeam", a.byTeam())
                .update();
    }

    private Rows.EnforcementAction actionRow(ResultSet rs, int n) throws SQLException {
        return new Rows.EnforcementAction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("control_id", UUID.class), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_key"), dec(rs, SupervisionKeys.ACTION_LABEL),
                MunicipalityCode.of(rs.getString("municipality")), rs.getString("track"), rs.getString("step_code"),
                rs.getString("proposed_step_code"), dec(rs, SupervisionKeys.ACTION_DEVIATION), rs.getString("offender"),
                rs.getBigDecimal("penalty_amount"), rs.getBigDecimal("penalty_maximum"),
                LetterLanguage.valueOf(rs.getString("language")), date(rs, "decided_on"), date(rs, "deadline"),
                rs.getString("rulebook_version"), rs.getString("decided_by"), rs.getString("deviation_reason_code"),
                rs.getBoolean("by_team"), rs.getObject("register_proposal_id", UUID.class),
                rs.getString("register_outcome"));
    }

    /**
     * Every step against these subjects in the whole region, in one query: the ladder looks beyond the
     * municipality. A step whose register proposal was declined is no step; the register's own suspensions and
     * revocations of a licence count as steps on it (those that adopted a proposal are already the proposal's step).
     */
    public Map<String, List<PastStep>> histories(Collection<String> keys) {
        Map<String, List<PastStep>> histories = new HashMap<>();
        if (keys.isEmpty()) {
            return histories;
        }
        String[] licences = keys.stream().filter(k -> k.startsWith("licence:")).map(k -> k.substring(8))
                .toArray(String[]::new);
        jdbc.sql("""
                SELECT a.subject_key AS key, a.step_code, a.municipality, a.decided_on, c.reference
                  FROM supervision.enforcement_action a JOIN supervision.case_file c ON c.id = a.case_id
                 WHERE a.subject_key = ANY(:keys) AND a.register_outcome IS DISTINCT FROM 'DECLINED'
                UNION ALL
                SELECT 'licence:' || r.licence_number, r.step_code, r.municipality, r.decided_on, NULL
                  FROM supervision.register_step r
                 WHERE r.licence_number = ANY(:licences) AND r.source_action_id IS NULL
                ORDER BY 4, 2""").param("keys", keys.toArray(String[]::new)).param("licences", licences)
                .query(rs -> {
                    histories.computeIfAbsent(rs.getString("key"), k -> new ArrayList<>()).add(new PastStep(
                            rs.getString("step_code"), MunicipalityCode.of(rs.getString("municipality")),
                            date(rs, "decided_on"), rs.getString("reference")));
                });
        return histories;
    }

    /** Every step against one subject in the whole region. */
    public List<PastStep> history(SubjectKind kind, String key) {
        return histories(List.of(key)).getOrDefault(key, List.of());
    }

    /** The register proposal a step became. */
    public void proposedToRegister(UUID actionId, UUID proposalId) {
        jdbc.sql("""
                UPDATE supervision.enforcement_action SET register_proposal_id = :p, register_outcome = 'PROPOSED'
                 WHERE id = :id""").param("id", actionId).param("p", proposalId).update();
    }

    /** The register's answer to a step's proposal: {@code ADOPTED} or {@code DECLINED}. */
    public void registerAnswered(UUID actionId, String outcome) {
        jdbc.sql("UPDATE supervision.enforcement_action SET register_outcome = :o WHERE id = :id")
                .param("id", actionId).param("o", outcome).update();
    }

    /** A suspension or revocation the register decided; once per decision. */
    public void insertRegisterStep(UUID decisionId, String licenceNumber, MunicipalityCode municipality,
            String stepCode, LocalDate decidedOn, UUID sourceActionId, Instant now) {
        jdbc.sql("""
                INSERT INTO supervision.register_step (decision_id, licence_number, municipality, step_code, decided_on,
                    source_action_id, recorded_at) VALUES (:id, :n, :m, :step, :on, :source, :now)
                ON CONFLICT (decision_id) DO NOTHING""")
                .param("id", decisionId).param("n", licenceNumber).param("m", municipality.value())
                .param("step", stepCode).param("on", decidedOn).param("source", sourceActionId).param("now", ts(now))
                .update();
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
                SELECT * FROM supervision.enforcement_action WHERE (deviation_reason IS NOT NULL OR deviation_reason_code IS NOT NULL)
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

}
