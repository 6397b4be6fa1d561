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
 * Controls, their locked reports, addenda and the hand-offs of indicators to signals.
 */
@Repository
public class ControlStore {

    private final JdbcClient jdbc;
    private final SupervisionKeys keys;

    ControlStore(JdbcClient jdbc, SupervisionKeys keys) {
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

    // ------------------------------------------------------------------------------------------ controls

    public void insertControl(UUID id, UUID caseId, ControlKind kind, MunicipalityCode municipality, Instant plannedAt,
            String location, String locationType, List<String> members, String fewerReason, boolean careWorker,
            String licenceNumber, List<String> checklist, String plannedBy) {
        jdbc.sql("""
                INSERT INTO supervision.control (id, case_id, kind, municipality, planned_at, location, location_type,
                    members, fewer_members_reason, care_worker_invited, licence_number, checklist_items, state, planned_by)
                VALUES (:id, :c, :kind, :m, :at, :loc, :type, :members, :fewer, :care, :licence, :checklist, 'PLANNED', :by)""")
                .param("id", id).param("c", caseId).param("kind", kind.name()).param("m", municipality.value())
                .param("at", ts(plannedAt)).param("loc", enc(location, SupervisionKeys.CONTROL_LOCATION, id)).param("type", locationType)
                .param("members", array(members)).param("fewer", fewerReason).param("care", careWorker)
                .param("licence", licenceNumber).param("checklist", array(checklist)).param("by", plannedBy).update();
    }

    private Rows.Control controlRow(ResultSet rs, int n) throws SQLException {
        Report report = null;
        if ("REPORTED".equals(rs.getString("state"))) {
            report = new Report(Report.Answer.valueOf(rs.getString("id_seen")),
                    Report.Answer.valueOf(rs.getString("age_21_plus")), dec(rs, SupervisionKeys.CONTROL_BROUGHT_BY),
                    dec(rs, SupervisionKeys.CONTROL_LANDLORD), dec(rs, SupervisionKeys.CONTROL_CONDITIONS),
                    strings(rs, "indicators").stream().map(IndicatorCode::valueOf).collect(Collectors.toSet()),
                    strings(rs, "checklist_results"), dec(rs, SupervisionKeys.CONTROL_OBSERVATIONS),
                    Report.Outcome.valueOf(rs.getString("outcome")), rs.getBoolean("care_offered"),
                    rs.getBoolean("care_accepted"));
        }
        return new Rows.Control(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                ControlKind.valueOf(rs.getString("kind")), MunicipalityCode.of(rs.getString("municipality")),
                instant(rs, "planned_at"), dec(rs, SupervisionKeys.CONTROL_LOCATION), rs.getString("location_type"),
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
                .param("brought", enc(r.broughtBy(), SupervisionKeys.CONTROL_BROUGHT_BY, id))
                .param("landlord", enc(r.landlord(), SupervisionKeys.CONTROL_LANDLORD, id))
                .param("conditions", enc(r.workingConditions(), SupervisionKeys.CONTROL_CONDITIONS, id))
                .param("indicators", r.sortedIndicators().stream().map(Enum::name).toArray(String[]::new))
                .param("results", array(r.checklistResults())).param("obs", enc(r.observations(), SupervisionKeys.CONTROL_OBSERVATIONS, id))
                .param("outcome", r.outcome().name()).param("offered", r.careOffered())
                .param("accepted", r.careAccepted()).param("now", ts(now)).param("by", by).update();
    }

    public void addAddendum(UUID controlId, String text, String by, Instant now) {
        UUID addendumId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supervision.control_addendum (id, control_id, text, added_at, added_by)
                VALUES (:id, :c, :text, :now, :by)""")
                .param("id", addendumId).param("c", controlId).param("text", enc(text, SupervisionKeys.ADDENDUM_TEXT, addendumId)).param("now", ts(now))
                .param("by", by).update();
    }

    public List<Rows.Addendum> addenda(UUID controlId) {
        return jdbc.sql("SELECT * FROM supervision.control_addendum WHERE control_id = :c ORDER BY added_at")
                .param("c", controlId).query((rs, n) -> new Rows.Addendum(rs.getObject("id", UUID.class),
                        dec(rs, SupervisionKeys.ADDENDUM_TEXT), instant(rs, "added_at"), rs.getString("added_by"))).list();
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

}
