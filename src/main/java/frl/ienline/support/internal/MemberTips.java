package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tips members share for the knowledge base, in any portal language, published after moderation. */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class MemberTips {

    public enum Status { SUBMITTED, PUBLISHED, REJECTED }

    public record Tip(UUID id, String language, String title, String body, Status status, Instant submittedAt) {
    }

    private final CareJdbc db;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;

    MemberTips(CareJdbc db, Clock clock, CareStaff staff, CareAccessLog log) {
        this.db = db;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    public UUID submit(UUID memberId, String language, String title, String body) {
        List<Problem> problems = new ArrayList<>();
        if (language == null || !PortalLanguages.ALL.contains(language)) {
            problems.add(new Problem("language", "portal.tips.error.language"));
        }
        if (title == null || title.isBlank() || title.length() > 120) {
            problems.add(new Problem("title", "portal.tips.error.title"));
        }
        if (body == null || body.isBlank() || body.length() > 3000) {
            problems.add(new Problem("body", "portal.tips.error.body"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.member_tip (id, member_id, language, title, body, status, submitted_at)
                VALUES (:id, :member, :lang, :title, :body, 'SUBMITTED', :now)""")
                .param("id", id).param("member", memberId).param("lang", language).param("title", title.strip())
                .param("body", body.strip()).param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Tip> published() {
        return db.query("""
                SELECT id, language, title, body, status, submitted_at FROM support.member_tip
                WHERE status = 'PUBLISHED' ORDER BY moderated_at DESC""").query((rs, n) -> tip(rs)).list();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Tip> awaitingModeration() {
        staff.requireCareWorker("member-tip");
        return db.query("""
                SELECT id, language, title, body, status, submitted_at FROM support.member_tip
                WHERE status = 'SUBMITTED' ORDER BY submitted_at""").query((rs, n) -> tip(rs)).list();
    }

    public void moderate(UUID tipId, boolean publish) {
        Actor actor = staff.requireCareWorker("member-tip");
        int changed = db.query("""
                UPDATE support.member_tip SET status = :status, moderated_by_org = :org, moderated_at = :now
                WHERE id = :id AND status = 'SUBMITTED'""")
                .param("status", publish ? "PUBLISHED" : "REJECTED").param("org", actor.organisationCode())
                .param("now", Timestamp.from(clock.instant())).param("id", tipId).update();
        if (changed == 0) {
            throw new NotFound("member-tip");
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "member-tip", tipId, null, "moderation");
    }

    private static Tip tip(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Tip(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                Status.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant());
    }
}
