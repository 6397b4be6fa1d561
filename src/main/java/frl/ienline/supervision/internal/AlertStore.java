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
 * Displacement alerts: stored once per case, match kind and lead or case they point at.
 */
@Repository
public class AlertStore {

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A displacement alert to a lead or a case, before it is stored. */
    public record NewAlert(UUID id, String matchKind, UUID fromCase, MunicipalityCode from, MunicipalityCode to,
            UUID toLead, UUID toCase) {
    }

    /** Stores the alerts in one statement; returns the ids of those that were not there yet (raised once). */
    public Set<UUID> insertAlerts(Collection<NewAlert> alerts, Instant now) {
        Set<UUID> inserted = new HashSet<>();
        if (alerts.isEmpty()) {
            return inserted;
        }
        jdbc.sql("""
                INSERT INTO supervision.displacement_alert (id, match_kind, from_case_id, from_municipality,
                    to_municipality, to_lead_id, to_case_id, created_at)
                SELECT t.id, t.kind, t.from_case, t.fm, t.tm, t.lead, t.to_case, :now
                  FROM unnest(CAST(:ids AS UUID[]), CAST(:kinds AS TEXT[]), CAST(:cases AS UUID[]), CAST(:fms AS TEXT[]),
                              CAST(:tms AS TEXT[]), CAST(:leads AS UUID[]), CAST(:toCases AS UUID[]))
                              AS t(id, kind, from_case, fm, tm, lead, to_case)
                ON CONFLICT DO NOTHING RETURNING id""")
                .param("ids", alerts.stream().map(NewAlert::id).toArray(UUID[]::new))
                .param("kinds", alerts.stream().map(NewAlert::matchKind).toArray(String[]::new))
                .param("cases", alerts.stream().map(NewAlert::fromCase).toArray(UUID[]::new))
                .param("fms", alerts.stream().map(a -> a.from().value()).toArray(String[]::new))
                .param("tms", alerts.stream().map(a -> a.to().value()).toArray(String[]::new))
                .param("leads", alerts.stream().map(NewAlert::toLead).toArray(UUID[]::new))
                .param("toCases", alerts.stream().map(NewAlert::toCase).toArray(UUID[]::new))
                .param("now", ts(now)).query(rs -> {
                    inserted.add(rs.getObject(1, UUID.class));
                });
        return inserted;
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

}
