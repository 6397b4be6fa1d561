package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import frl.ienline.support.SoundingBoardAdvice;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sounding-board group (klankbordgroep): members join with recorded consent and may leave at any
 * time; the coordinator keeps meetings with agenda and minutes, optional compensation, and puts draft
 * rulebook changes to the group. The advice is recorded next to the rulebook version it concerns.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class SoundingBoard implements SoundingBoardAdvice {

    public static final String CONSENT_TEXT = "Ik doe mee aan de klankbordgroep onder mijn werknaam. De coördinator"
            + " ziet mijn werknaam en mijn adviezen; adviezen worden zonder naam gedeeld. Ik kan op elk moment stoppen.";

    public record BoardMember(UUID memberId, String workingName, Instant consentAt) {
    }

    public record Meeting(UUID id, LocalDate heldOn, String place, String agenda, String minutes, List<Compensation> compensations) {
    }

    public record Compensation(String workingName, int amountCents) {
    }

    public record Consultation(UUID id, String title, String rulebookVersionId, String draftChange, LocalDate closesOn,
            String advice, Instant adviceRecordedAt, int responses, String myAdvice) {

        public boolean open(LocalDate today) {
            return advice == null && !today.isAfter(closesOn);
        }
    }

    public record Response(String workingName, String advice, Instant givenAt) {
    }

    private final CareJdbc db;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;

    SoundingBoard(CareJdbc db, Clock clock, CareStaff staff, CareAccessLog log) {
        this.db = db;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    // ---- members -----------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public boolean isMember(UUID memberId) {
        return db.query("SELECT count(*) FROM support.sounding_board_member WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single() > 0;
    }

    public void join(UUID memberId, boolean consent) {
        if (!consent) {
            throw InputRejected.of("consent", "portal.board.error.consent");
        }
        db.query("""
                INSERT INTO support.sounding_board_member (member_id, consent_at, consent_text) VALUES (:m, :now, :text)
                ON CONFLICT (member_id) DO NOTHING""")
                .param("m", memberId).param("now", Timestamp.from(clock.instant())).param("text", CONSENT_TEXT).update();
    }

    /** Leaving withdraws consent: membership and the member's own advice responses are deleted. */
    public void leave(UUID memberId) {
        db.query("DELETE FROM support.consultation_response WHERE member_id = :m").param("m", memberId).update();
        db.query("DELETE FROM support.sounding_board_member WHERE member_id = :m").param("m", memberId).update();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Consultation> consultationsFor(UUID memberId) {
        return db.query(CONSULTATION_SELECT + " ORDER BY c.closes_on DESC").param("member", memberId)
                .query((rs, n) -> consultation(rs)).list();
    }

    public void respond(UUID memberId, UUID consultationId, String advice) {
        if (!isMember(memberId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not in the sounding-board group");
        }
        Consultation c = consultation(consultationId, memberId);
        if (!c.open(LocalDate.now(clock))) {
            throw InputRejected.of("advice", "portal.board.error.closed");
        }
        if (advice == null || advice.isBlank() || advice.length() > 5000) {
            throw InputRejected.of("advice", "portal.board.error.advice");
        }
        db.query("""
                INSERT INTO support.consultation_response (consultation_id, member_id, advice, given_at)
                VALUES (:c, :m, :advice, :now)
                ON CONFLICT (consultation_id, member_id) DO UPDATE SET advice = EXCLUDED.advice, given_at = EXCLUDED.given_at""")
                .param("c", consultationId).param("m", memberId).param("advice", advice.strip())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    // ---- coordinator -------------------------------------------------------------------------------

    public List<BoardMember> members() {
        Actor actor = staff.requireCoordinator("sounding-board-member");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "sounding-board-member", null, null, "sounding-board");
        return db.query("""
                SELECT s.member_id, m.working_name, s.consent_at FROM support.sounding_board_member s
                JOIN support.member m ON m.id = s.member_id ORDER BY lower(m.working_name)""")
                .query((rs, n) -> new BoardMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public UUID planMeeting(LocalDate heldOn, String place, String agenda) {
        Actor actor = staff.requireCoordinator("sounding-board-meeting");
        List<Problem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new Problem("heldOn", "staff.board.error.date"));
        }
        if (place == null || place.isBlank() || place.length() > 200) {
            problems.add(new Problem("place", "staff.board.error.place"));
        }
        if (agenda == null || agenda.isBlank() || agenda.length() > 5000) {
            problems.add(new Problem("agenda", "staff.board.error.agenda"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.sounding_board_meeting (id, held_on, place, agenda, created_by_org)
                VALUES (:id, :on, :place, :agenda, :org)""")
                .param("id", id).param("on", heldOn).param("place", place.strip()).param("agenda", agenda.strip())
                .param("org", actor.organisationCode()).update();
        log.allowed(actor, CareAccessLog.Action.CREATE, "sounding-board-meeting", id, null, "sounding-board");
        return id;
    }

    public void recordMinutes(UUID meetingId, String minutes) {
        Actor actor = staff.requireCoordinator("sounding-board-meeting");
        if (minutes == null || minutes.isBlank() || minutes.length() > 20000) {
            throw InputRejected.of("minutes", "staff.board.error.minutes");
        }
        if (db.query("UPDATE support.sounding_board_meeting SET minutes = :minutes WHERE id = :id")
                .param("minutes", minutes.strip()).param("id", meetingId).update() == 0) {
            throw new NotFound("sounding-board-meeting");
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "sounding-board-meeting", meetingId, null, "sounding-board");
    }

    public void recordCompensation(UUID meetingId, UUID memberId, int amountCents) {
        Actor actor = staff.requireCoordinator("sounding-board-meeting");
        if (amountCents < 0 || amountCents > 100_000) {
            throw InputRejected.of("amount", "staff.board.error.amount");
        }
        if (!isMember(memberId)) {
            throw new NotFound("sounding-board-member");
        }
        db.query("""
                INSERT INTO support.sounding_board_compensation (meeting_id, member_id, amount_cents, recorded_at)
                VALUES (:meeting, :member, :amount, :now)
                ON CONFLICT (meeting_id, member_id) DO UPDATE SET amount_cents = EXCLUDED.amount_cents""")
                .param("meeting", meetingId).param("member", memberId).param("amount", amountCents)
                .param("now", Timestamp.from(clock.instant())).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "sounding-board-compensation", meetingId, null, "sounding-board");
    }

    public List<Meeting> meetings() {
        Actor actor = staff.requireCoordinator("sounding-board-meeting");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "sounding-board-meeting", null, null, "sounding-board");
        return db.query("SELECT id, held_on, place, agenda, minutes FROM support.sounding_board_meeting ORDER BY held_on DESC")
                .query((rs, n) -> new Meeting(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), List.of()))
                .list().stream().map(m -> new Meeting(m.id(), m.heldOn(), m.place(), m.agenda(), m.minutes(),
                        db.query("""
                                SELECT mb.working_name, c.amount_cents FROM support.sounding_board_compensation c
                                JOIN support.member mb ON mb.id = c.member_id WHERE c.meeting_id = :id ORDER BY 1""")
                                .param("id", m.id()).query((rs, n) -> new Compensation(rs.getString(1), rs.getInt(2))).list()))
                .toList();
    }

    public UUID openConsultation(String title, String rulebookVersionId, String draftChange, LocalDate closesOn) {
        Actor actor = staff.requireCoordinator("consultation");
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(new Problem("title", "staff.board.error.title"));
        }
        if (rulebookVersionId == null || rulebookVersionId.isBlank() || rulebookVersionId.length() > 80) {
            problems.add(new Problem("rulebookVersionId", "staff.board.error.version"));
        }
        if (draftChange == null || draftChange.isBlank() || draftChange.length() > 20000) {
            problems.add(new Problem("draftChange", "staff.board.error.draft"));
        }
        if (closesOn == null || closesOn.isBefore(LocalDate.now(clock))) {
            problems.add(new Problem("closesOn", "staff.board.error.closesOn"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.consultation (id, title, rulebook_version_id, draft_change, closes_on, opened_at, created_by_org)
                VALUES (:id, :title, :version, :draft, :closes, :now, :org)""")
                .param("id", id).param("title", title.strip()).param("version", rulebookVersionId.strip())
                .param("draft", draftChange.strip()).param("closes", closesOn).param("now", Timestamp.from(clock.instant()))
                .param("org", actor.organisationCode()).update();
        log.allowed(actor, CareAccessLog.Action.CREATE, "consultation", id, null, "sounding-board");
        return id;
    }

    public List<Consultation> consultations() {
        Actor actor = staff.requireCoordinator("consultation");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "consultation", null, null, "sounding-board");
        return db.query(CONSULTATION_SELECT + " ORDER BY c.opened_at DESC").param("member", new UUID(0, 0))
                .query((rs, n) -> consultation(rs)).list();
    }

    public List<Response> responses(UUID consultationId) {
        Actor actor = staff.requireCoordinator("consultation");
        log.allowed(actor, CareAccessLog.Action.VIEW, "consultation", consultationId, null, "sounding-board");
        return db.query("""
                SELECT m.working_name, r.advice, r.given_at FROM support.consultation_response r
                JOIN support.member m ON m.id = r.member_id WHERE r.consultation_id = :c ORDER BY r.given_at""")
                .param("c", consultationId)
                .query((rs, n) -> new Response(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** The group's advice, in the coordinator's words, recorded next to the rulebook version. Closes it. */
    public void recordAdvice(UUID consultationId, String advice) {
        Actor actor = staff.requireCoordinator("consultation");
        if (advice == null || advice.isBlank() || advice.length() > 10000) {
            throw InputRejected.of("advice", "staff.board.error.advice");
        }
        if (db.query("UPDATE support.consultation SET advice = :advice, advice_recorded_at = :now WHERE id = :id")
                .param("advice", advice.strip()).param("now", Timestamp.from(clock.instant())).param("id", consultationId)
                .update() == 0) {
            throw new NotFound("consultation");
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "consultation", consultationId, null, "sounding-board");
    }

    // ---- API for the rulebook page: advice text, version, counts; never who --------------------------

    @Override
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<RecordedAdvice> adviceFor(String rulebookVersionId) {
        return db.query(ADVICE_SELECT + " AND c.rulebook_version_id = :v ORDER BY c.advice_recorded_at")
                .param("v", rulebookVersionId).query((rs, n) -> recorded(rs)).list();
    }

    @Override
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<RecordedAdvice> allAdvice() {
        return db.query(ADVICE_SELECT + " ORDER BY c.advice_recorded_at DESC").query((rs, n) -> recorded(rs)).list();
    }

    private static final String ADVICE_SELECT = """
            SELECT c.rulebook_version_id, c.title, c.advice,
                   (SELECT count(*) FROM support.consultation_response r WHERE r.consultation_id = c.id), c.advice_recorded_at
            FROM support.consultation c WHERE c.advice IS NOT NULL""";

    private RecordedAdvice recorded(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RecordedAdvice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getTimestamp(5).toInstant().atZone(clock.getZone()).toLocalDate());
    }

    private static final String CONSULTATION_SELECT = """
            SELECT c.id, c.title, c.rulebook_version_id, c.draft_change, c.closes_on, c.advice, c.advice_recorded_at,
                   (SELECT count(*) FROM support.consultation_response r WHERE r.consultation_id = c.id),
                   (SELECT r.advice FROM support.consultation_response r WHERE r.consultation_id = c.id AND r.member_id = :member)
            FROM support.consultation c""";

    private Consultation consultation(UUID id, UUID memberId) {
        return db.query(CONSULTATION_SELECT + " WHERE c.id = :id").param("member", memberId).param("id", id)
                .query((rs, n) -> consultation(rs)).optional().orElseThrow(() -> new NotFound("consultation"));
    }

    private static Consultation consultation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Consultation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getInt(8), rs.getString(9));
    }
}
