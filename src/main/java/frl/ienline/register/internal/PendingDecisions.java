package frl.ienline.register.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Licence decisions that wait for a second officer's paraaf (four eyes, issue 17, ADR 0022): one row per application
 * in {@code register.pending_decision}; the decision itself is only written when the second officer approves.
 */
@Repository
class PendingDecisions {

    /** A proposed decision: what the first officer chose, who that was and when. */
    record Pending(UUID applicationId, Outcome outcome, List<String> conditions, String reason, String proposedBy,
            UUID proposedById, Instant proposedAt) {
    }

    private final JdbcClient jdbc;

    PendingDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new proposal replaces an earlier one of the same application (the first officer changed their mind). */
    void save(Pending p) {
        jdbc.sql("""
                INSERT INTO register.pending_decision (application_id, outcome, conditions, reason, proposed_by,
                                                       proposed_by_id, proposed_at)
                VALUES (:id, :outcome, :conditions, :reason, :by, :byId, :at)
                ON CONFLICT (application_id) DO UPDATE SET outcome = EXCLUDED.outcome,
                    conditions = EXCLUDED.conditions, reason = EXCLUDED.reason, proposed_by = EXCLUDED.proposed_by,
                    proposed_by_id = EXCLUDED.proposed_by_id, proposed_at = EXCLUDED.proposed_at
                """)
                .param("id", p.applicationId()).param("outcome", p.outcome().name())
                .param("conditions", p.conditions().toArray(String[]::new)).param("reason", p.reason())
                .param("by", p.proposedBy()).param("byId", p.proposedById())
                .param("at", java.sql.Timestamp.from(p.proposedAt())).update();
    }

    Optional<Pending> of(UUID applicationId) {
        return jdbc.sql("""
                SELECT application_id, outcome, conditions, reason, proposed_by, proposed_by_id, proposed_at
                FROM register.pending_decision WHERE application_id = :id
                """).param("id", applicationId).query((rs, n) -> new Pending(rs.getObject("application_id", UUID.class),
                        Outcome.valueOf(rs.getString("outcome")),
                        Arrays.asList((String[]) rs.getArray("conditions").getArray()), rs.getString("reason"),
                        rs.getString("proposed_by"), rs.getObject("proposed_by_id", UUID.class),
                        rs.getTimestamp("proposed_at").toInstant())).optional();
    }

    /** The decision took effect: the proposal goes, the paraaf stays with the application. */
    void approved(UUID applicationId, String approvedBy, Instant at) {
        jdbc.sql("DELETE FROM register.pending_decision WHERE application_id = :id").param("id", applicationId).update();
        jdbc.sql("""
                UPDATE register.application SET decision_approved_by = :by, decision_approved_at = :at WHERE id = :id
                """).param("by", approvedBy).param("at", java.sql.Timestamp.from(at)).param("id", applicationId)
                .update();
    }
}
