package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer meetings and trainings (such as the GGD's resilience training): members register under their
 * working name, within the capacity; the portal reminds them in the app a few days before.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class Meetups {

    public enum Kind { PEER_MEETING, TRAINING }

    static final Duration REMINDER_WINDOW = Duration.ofDays(3);

    public record Meetup(UUID id, Kind kind, String title, String description, Instant startsAt, String place,
            boolean online, String language, int capacity, int registered, boolean registeredByMe, boolean cancelled,
            String organiserOrg) {

        public int placesLeft() {
            return Math.max(0, capacity - registered);
        }
    }

    public record MeetupInput(Kind kind, String title, String description, Instant startsAt, String place,
            boolean online, String language, Integer capacity) {
    }

    private final CareJdbc db;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;

    Meetups(CareJdbc db, Clock clock, CareStaff staff, CareAccessLog log) {
        this.db = db;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    private static final String SELECT = """
            SELECT m.id, m.kind, m.title, m.description, m.starts_at, m.place, m.online, m.language, m.capacity,
                   (SELECT count(*) FROM support.meetup_registration r WHERE r.meetup_id = m.id),
                   EXISTS (SELECT 1 FROM support.meetup_registration r WHERE r.meetup_id = m.id AND r.member_id = :member),
                   m.cancelled, m.organiser_org
            FROM support.meetup m
            """;

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Meetup> upcoming(UUID memberId) {
        return db.query(SELECT + " WHERE m.starts_at > :now AND NOT m.cancelled ORDER BY m.starts_at")
                .param("member", memberId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> meetup(rs)).list();
    }

    /** In-app reminders: the member's registrations starting within the next few days. */
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Meetup> reminders(UUID memberId) {
        Instant now = clock.instant();
        return db.query(SELECT + """
                 JOIN support.meetup_registration mine ON mine.meetup_id = m.id AND mine.member_id = :member
                 WHERE m.starts_at > :now AND m.starts_at <= :until AND NOT m.cancelled ORDER BY m.starts_at""")
                .param("member", memberId).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(REMINDER_WINDOW))).query((rs, n) -> meetup(rs)).list();
    }

    public void register(UUID memberId, UUID meetupId) {
        db.query("SELECT id FROM support.meetup WHERE id = :id FOR UPDATE").param("id", meetupId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFound("meetup"));
        Meetup meetup = db.query(SELECT + " WHERE m.id = :id").param("member", memberId).param("id", meetupId)
                .query((rs, n) -> meetup(rs)).single();
        if (meetup.registeredByMe()) {
            return;
        }
        if (meetup.cancelled() || !meetup.startsAt().isAfter(clock.instant())) {
            throw InputRejected.of("meetup", "portal.meetups.error.closed");
        }
        if (meetup.placesLeft() == 0) {
            throw InputRejected.of("meetup", "portal.meetups.error.full");
        }
        db.query("INSERT INTO support.meetup_registration (meetup_id, member_id, registered_at) VALUES (:m, :member, :now)")
                .param("m", meetupId).param("member", memberId).param("now", Timestamp.from(clock.instant())).update();
    }

    public void unregister(UUID memberId, UUID meetupId) {
        db.query("DELETE FROM support.meetup_registration WHERE meetup_id = :m AND member_id = :member")
                .param("m", meetupId).param("member", memberId).update();
    }

    // ---- care staff --------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Meetup> all() {
        staff.require("meetup");
        return db.query(SELECT + " ORDER BY m.starts_at DESC").param("member", new UUID(0, 0))
                .query((rs, n) -> meetup(rs)).list();
    }

    public UUID create(MeetupInput input) {
        Actor actor = staff.require("meetup");
        List<Problem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new Problem("kind", "staff.meetups.error.kind"));
        }
        if (input.title() == null || input.title().isBlank() || input.title().length() > 120) {
            problems.add(new Problem("title", "staff.meetups.error.title"));
        }
        if (input.startsAt() == null || !input.startsAt().isAfter(clock.instant())) {
            problems.add(new Problem("startsAt", "staff.meetups.error.startsAt"));
        }
        if (input.place() == null || input.place().isBlank() || input.place().length() > 200) {
            problems.add(new Problem("place", "staff.meetups.error.place"));
        }
        if (input.language() == null || !PortalLanguages.ALL.contains(input.language())) {
            problems.add(new Problem("language", "staff.meetups.error.language"));
        }
        if (input.capacity() == null || input.capacity() < 1 || input.capacity() > 500) {
            problems.add(new Problem("capacity", "staff.meetups.error.capacity"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.meetup (id, kind, title, description, starts_at, place, online, language, capacity, organiser_org)
                VALUES (:id, :kind, :title, :description, :starts, :place, :online, :lang, :capacity, :org)""")
                .param("id", id).param("kind", input.kind().name()).param("title", input.title().strip())
                .param("description", input.description() == null ? "" : input.description().strip())
                .param("starts", Timestamp.from(input.startsAt())).param("place", input.place().strip())
                .param("online", input.online()).param("lang", input.language()).param("capacity", input.capacity())
                .param("org", actor.organisationCode()).update();
        log.allowed(actor, CareAccessLog.Action.CREATE, "meetup", id, null, "meetups");
        return id;
    }

    public void cancel(UUID meetupId) {
        Actor actor = staff.require("meetup");
        if (db.query("UPDATE support.meetup SET cancelled = TRUE WHERE id = :id").param("id", meetupId).update() == 0) {
            throw new NotFound("meetup");
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "meetup", meetupId, null, "meetups");
    }

    public long heldBetween(Instant from, Instant to) {
        return db.query("SELECT count(*) FROM support.meetup WHERE NOT cancelled AND starts_at >= :from AND starts_at < :to")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }

    private static Meetup meetup(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Meetup(rs.getObject(1, UUID.class), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getInt(9),
                rs.getInt(10), rs.getBoolean(11), rs.getBoolean(12), rs.getString(13));
    }
}
