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
 * The team members supervision has seen (for planning and assignment) and the coordinator's view of their load.
 */
@Repository
public class TeamStore {

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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

}
