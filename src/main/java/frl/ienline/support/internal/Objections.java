package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import java.sql.Timestamp;
import frl.ienline.shared.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections of people who believe they were listed wrongly in an alert. Public form without account;
 * nothing about the sender is stored except what they type (encrypted), no IP address. A moderator
 * decides: upheld withdraws the alert, rejected keeps it; the decision and its reason are recorded.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class Objections {

    public enum Decision { UPHELD, REJECTED }

    public record Objection(UUID id, String alertReference, UUID alertId, String message, String contact,
            Instant receivedAt, Decision decision, String decisionReason, String decidedByOrg, Instant decidedAt) {
    }

    private final CareJdbc db;
    private final SupportCrypto.Keys keys;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;
    private final Alerts alerts;
    private final PortalThrottles throttles;

    Objections(CareJdbc db, SupportCrypto.Keys keys, Clock clock, CareStaff staff, CareAccessLog log, Alerts alerts,
            PortalThrottles throttles) {
        this.throttles = throttles;
        this.db = db;
        this.keys = keys;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
        this.alerts = alerts;
    }

    /**
     * Stores an objection to an existing alert. An unknown or missing reference is answered like a known
     * one but stores nothing (D8), so the form neither fills the moderators' queue with junk nor tells
     * anyone which references exist. Each reference takes a few objections a day, known or not (429).
     */
    public Optional<UUID> submit(String alertReference, String message, String contact) {
        List<Problem> problems = new ArrayList<>();
        if (message == null || message.isBlank() || message.length() > 5000) {
            problems.add(new Problem("message", "portal.objection.error.message"));
        }
        if (alertReference != null && alertReference.length() > 60) {
            problems.add(new Problem("alertReference", "portal.objection.error.reference"));
        }
        if (contact != null && contact.length() > 200) {
            problems.add(new Problem("contact", "portal.objection.error.contact"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        String reference = alertReference == null || alertReference.isBlank() ? null
                : alertReference.strip().toLowerCase(Locale.ROOT);
        if (reference == null) {
            return Optional.empty();
        }
        if (!throttles.objectionTo(reference)) {
            throw new TooManyRequests(Duration.ofHours(1));
        }
        Optional<UUID> alert = alerts.byReference(reference);
        if (alert.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.objection (id, alert_reference, alert_id, message_enc, contact_enc, received_at)
                VALUES (:id, :ref, :alert, :message, :contact, :now)""")
                .param("id", id).param("ref", reference).param("alert", alert.get())
                .param("message", keys.cipher().encrypt(message.strip(), SupportCrypto.OBJECTION_MESSAGE.at(id)))
                .param("contact", keys.cipher().encrypt(contact == null || contact.isBlank() ? null : contact.strip(),
                        SupportCrypto.OBJECTION_CONTACT.at(id)))
                .param("now", Timestamp.from(clock.instant())).update();
        return Optional.of(id);
    }

    /**
     * A care worker's objections (M12): those about an alert the own organisation published or one for the own
     * municipalities, and those that name no known alert (nobody else could take them up).
     */
    private static final String IN_QUEUE = """
            (o.alert_id IS NULL OR EXISTS (SELECT 1 FROM support.alert a WHERE a.id = o.alert_id
                AND (a.published_by_org = :org OR a.region = ANY(:municipalities))))""";

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS)
    public List<Objection> all() {
        Actor actor = staff.requireCareWorker("objection");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "objection", null, null, "objection-handling");
        return db.query("""
                SELECT id, alert_reference, alert_id, message_enc, contact_enc, received_at, decision, decision_reason,
                       decided_by_org, decided_at
                FROM support.objection o WHERE """ + IN_QUEUE + """
                ORDER BY decision NULLS FIRST, received_at DESC""")
                .param("org", actor.organisationCode()).param("municipalities", actor.scope().municipalityValues())
                .query((rs, n) -> new Objection(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        keys.cipher().decrypt(rs.getString(4), SupportCrypto.OBJECTION_MESSAGE.at(rs.getObject(1, UUID.class))),
                        keys.cipher().decrypt(rs.getString(5), SupportCrypto.OBJECTION_CONTACT.at(rs.getObject(1, UUID.class))), rs.getTimestamp(6).toInstant(),
                        rs.getString(7) == null ? null : Decision.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
    }

    public void decide(UUID objectionId, Decision decision, String reason) {
        Actor actor = staff.requireCareWorker("objection");
        if (decision == null) {
            throw InputRejected.of("decision", "staff.objections.error.decision");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InputRejected.of("reason", "staff.objections.error.reason");
        }
        UUID alertId = db.query("SELECT alert_id FROM support.objection o WHERE id = :id AND decision IS NULL AND "
                        + IN_QUEUE)
                .param("id", objectionId).param("org", actor.organisationCode())
                .param("municipalities", actor.scope().municipalityValues()).query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional().orElseThrow(() -> new NotFound("objection")).orElse(null);
        db.query("""
                UPDATE support.objection SET decision = :decision, decision_reason = :reason, decided_by_org = :org,
                    decided_at = :now WHERE id = :id""")
                .param("decision", decision.name()).param("reason", reason.strip()).param("org", actor.organisationCode())
                .param("now", Timestamp.from(clock.instant())).param("id", objectionId).update();
        if (decision == Decision.UPHELD && alertId != null) {
            db.query("UPDATE support.alert SET withdrawn_at = :now, withdrawn_reason = :reason WHERE id = :id AND withdrawn_at IS NULL")
                    .param("now", Timestamp.from(clock.instant())).param("reason", "Bezwaar gegrond: " + reason.strip())
                    .param("id", alertId).update();
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "objection", objectionId, null, "objection-handling");
    }
}
