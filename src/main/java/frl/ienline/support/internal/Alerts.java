package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import frl.ienline.support.internal.SafetyReports.Category;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published alerts: delivered to every verified member's inbox (and, for those who asked, an e-mail that
 * only says there is a new alert), the client check over their blind-indexed phone numbers, withdrawal
 * and deletion when the rulebook's retention period ends.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class Alerts {

    public record Alert(UUID id, String region, Severity severity, List<Category> categories, String summary,
            LocalDate occurredOn, Instant publishedAt, Instant expiresAt, Instant withdrawnAt,
            List<MaskedIdentifier> identifiers, boolean read, boolean demo) {
    }

    public record MaskedIdentifier(Kind kind, String masked) {
    }

    /** What a client check tells a member: how many, how recent, how severe — never details. */
    public record CheckAnswer(int warnings, Recency recency, Severity highestSeverity) {

        public enum Recency { LAST_MONTH, LAST_THREE_MONTHS, OLDER }

        public boolean any() {
            return warnings > 0;
        }
    }

    private final CareJdbc db;
    private final SupportCrypto.Keys keys;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;
    private final AlertMail mail;
    private final Members members;
    private final PortalThrottles throttles;

    Alerts(CareJdbc db, SupportCrypto.Keys keys, Clock clock, CareStaff staff, CareAccessLog log, AlertMail mail, Members members,
            PortalThrottles throttles) {
        this.db = db;
        this.throttles = throttles;
        this.keys = keys;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
        this.mail = mail;
        this.members = members;
    }

    UUID create(UUID reportId, String region, Severity severity, List<Category> categories, String summary,
            LocalDate occurredOn, String organisation, Instant now, Instant expires, List<ClientIdentifier> identifiers,
            boolean demo) {
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.alert (id, report_id, region, severity, categories, summary, occurred_on, published_at,
                    published_by_org, expires_at, demo)
                VALUES (:id, :report, :region, :severity, string_to_array(:categories, ','), :summary, :occurred, :now,
                    :org, :expires, :demo)""")
                .param("id", id).param("report", reportId).param("region", region).param("severity", severity.name())
                .param("categories", String.join(",", categories.stream().map(Enum::name).toList()))
                .param("summary", summary).param("occurred", occurredOn).param("now", Timestamp.from(now))
                .param("org", organisation).param("expires", Timestamp.from(expires)).param("demo", demo).update();
        for (ClientIdentifier identifier : identifiers) {
            UUID rowId = UUID.randomUUID();
            db.query("""
                    INSERT INTO support.alert_identifier (id, alert_id, kind, masked, blind_index, value_enc)
                    VALUES (:id, :alert, :kind, :masked, :index, :value)
                    ON CONFLICT DO NOTHING""")
                    .param("id", rowId).param("alert", id).param("kind", identifier.kind().name())
                    .param("masked", identifier.masked())
                    .param("index", keys.index().of(identifier.kind().name(), identifier.value()))
                    .param("value", keys.cipher().encrypt(identifier.value(), SupportCrypto.IDENTIFIER_VALUE.at(rowId))).update();
        }
        db.query("""
                INSERT INTO support.inbox_item (member_id, alert_id, delivered_at)
                SELECT id, :alert, :now FROM support.member WHERE verified_on IS NOT NULL""")
                .param("alert", id).param("now", Timestamp.from(now)).update();
        List<String> addresses = db.query("""
                SELECT id, email_enc FROM support.member WHERE verified_on IS NOT NULL AND alerts_by_email AND email_enc IS NOT NULL""")
                .query((rs, n) -> keys.cipher().decrypt(rs.getString(2), SupportCrypto.MEMBER_EMAIL.at(rs.getObject(1, UUID.class))))
                .list();
        mail.sendAfterCommit(addresses);
        return id;
    }

    // ---- members -----------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Alert> inbox(UUID memberId) {
        return db.query(INBOX_SELECT + """
                JOIN support.inbox_item i ON i.alert_id = a.id AND i.member_id = :member
                WHERE a.withdrawn_at IS NULL AND a.expires_at > :now ORDER BY a.published_at DESC""")
                .param("member", memberId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> alert(rs, true)).list();
    }

    /** One alert from the member's own inbox. Reading changes nothing (L5): marking it read is {@link #markRead}. */
    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Alert read(UUID memberId, UUID alertId) {
        return db.query(INBOX_SELECT + """
                JOIN support.inbox_item i ON i.alert_id = a.id AND i.member_id = :member
                WHERE a.id = :alert AND a.withdrawn_at IS NULL""")
                .param("member", memberId).param("alert", alertId)
                .query((rs, n) -> alert(rs, true)).optional().orElseThrow(() -> new NotFound("alert"));
    }

    /** Marks an alert of the member's own inbox read, by a POST; marking it again changes nothing. */
    public void markRead(UUID memberId, UUID alertId) {
        int marked = db.query("""
                UPDATE support.inbox_item SET read_at = coalesce(read_at, :now) WHERE member_id = :member AND alert_id = :alert""")
                .param("now", Timestamp.from(clock.instant())).param("member", memberId).param("alert", alertId).update();
        if (marked == 0) {
            throw new NotFound("alert");
        }
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public int unread(UUID memberId) {
        return db.query("""
                SELECT count(*) FROM support.inbox_item i JOIN support.alert a ON a.id = i.alert_id
                WHERE i.member_id = :member AND i.read_at IS NULL AND a.withdrawn_at IS NULL AND a.expires_at > :now""")
                .param("member", memberId).param("now", Timestamp.from(clock.instant())).query(Integer.class).single();
    }

    /** The client check: verified members only; records that a check happened, not the number or who. */
    public CheckAnswer check(UUID memberId, String phone) {
        if (!members.isVerified(memberId)) {
            throw new AccessDeniedException("Only verified members can check a number");
        }
        throttles.clientCheck(memberId); // a blind-index oracle: so many checks per member per day (L6)
        ClientIdentifier number;
        try {
            number = new ClientIdentifier(Kind.PHONE, phone == null ? "" : phone);
        } catch (IllegalArgumentException e) {
            throw InputRejected.of("phone", "portal.check.error.phone");
        }
        Instant now = clock.instant();
        // during a key rotation a row may still carry an old key's index: look under every configured key
        List<String> candidates = keys.index().candidates(Kind.PHONE.name(), number.value());
        record Hit(Severity severity, Instant publishedAt) {
        }
        List<Hit> hits = db.query("""
                SELECT a.severity, a.published_at FROM support.alert a
                JOIN support.alert_identifier i ON i.alert_id = a.id
                WHERE i.kind = 'PHONE' AND i.blind_index IN (:indexes)
                  AND a.withdrawn_at IS NULL AND a.expires_at > :now""")
                .param("indexes", candidates)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new Hit(Severity.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant())).list();
        db.query("INSERT INTO support.client_check (id, checked_on, warnings) VALUES (:id, :on, :warnings)")
                .param("id", UUID.randomUUID()).param("on", LocalDate.now(clock)).param("warnings", hits.size()).update();
        if (hits.isEmpty()) {
            return new CheckAnswer(0, null, null);
        }
        Instant latest = hits.stream().map(Hit::publishedAt).max(Instant::compareTo).orElseThrow();
        Duration age = Duration.between(latest, now);
        CheckAnswer.Recency recency = age.toDays() <= 31 ? CheckAnswer.Recency.LAST_MONTH
                : age.toDays() <= 92 ? CheckAnswer.Recency.LAST_THREE_MONTHS : CheckAnswer.Recency.OLDER;
        Severity highest = hits.stream().map(Hit::severity).max(Enum::compareTo).orElseThrow();
        return new CheckAnswer(hits.size(), recency, highest);
    }

    // ---- care staff --------------------------------------------------------------------------------

    /** A care worker's alerts (M12): those the own organisation published and those for the own municipalities. */
    private static final String IN_QUEUE = "(a.published_by_org = :org OR a.region = ANY(:municipalities))";

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS)
    public List<Alert> all() {
        Actor actor = staff.requireCareWorker("alert");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "alert", null, null, "moderation");
        return db.query(SELECT + " FROM support.alert a WHERE " + IN_QUEUE + " ORDER BY a.published_at DESC LIMIT 200")
                .param("org", actor.organisationCode()).param("municipalities", actor.scope().municipalityValues())
                .query((rs, n) -> alert(rs, false)).list();
    }

    public void withdraw(UUID alertId, String reason) {
        Actor actor = staff.requireCareWorker("alert");
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InputRejected.of("reason", "staff.alerts.error.reason");
        }
        int changed = db.query("""
                UPDATE support.alert a SET withdrawn_at = :now, withdrawn_reason = :reason
                WHERE id = :id AND withdrawn_at IS NULL AND """ + IN_QUEUE)
                .param("now", Timestamp.from(clock.instant())).param("reason", reason.strip()).param("id", alertId)
                .param("org", actor.organisationCode()).param("municipalities", actor.scope().municipalityValues()).update();
        if (changed == 0) {
            throw new NotFound("alert");
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "alert", alertId, null, "withdrawal");
    }

    Optional<UUID> byReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String prefix = reference.strip().toLowerCase(java.util.Locale.ROOT);
        if (!prefix.matches("[0-9a-f-]{8,36}")) {
            return Optional.empty();
        }
        return db.query("SELECT id FROM support.alert WHERE id::text LIKE :p ORDER BY published_at DESC LIMIT 1")
                .param("p", prefix + "%").query(UUID.class).optional();
    }

    private static final String SELECT = """
            SELECT a.id, a.region, a.severity, a.categories, a.summary, a.occurred_on, a.published_at, a.expires_at,
                   a.withdrawn_at, a.demo,
                   (SELECT string_agg(ai.kind || '=' || ai.masked, E'\\n' ORDER BY ai.kind) FROM support.alert_identifier ai
                    WHERE ai.alert_id = a.id) AS identifiers
            """;

    private static final String INBOX_SELECT = SELECT.replace("a.demo,", "a.demo, i.read_at,") + " FROM support.alert a ";

    private Alert alert(java.sql.ResultSet rs, boolean withRead) throws java.sql.SQLException {
        String ids = rs.getString("identifiers");
        List<MaskedIdentifier> identifiers = ids == null ? List.of() : Arrays.stream(ids.split("\n"))
                .map(line -> new MaskedIdentifier(Kind.valueOf(line.substring(0, line.indexOf('='))),
                        line.substring(line.indexOf('=') + 1)))
                .toList();
        boolean read = withRead && rs.getTimestamp("read_at") != null;
        return new Alert(rs.getObject("id", UUID.class), rs.getString("region"), Severity.valueOf(rs.getString("severity")),
                Arrays.stream((String[]) rs.getArray("categories").getArray()).map(Category::valueOf).toList(),
                rs.getString("summary"), rs.getObject("occurred_on", LocalDate.class),
                rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(), identifiers,
                read, rs.getBoolean("demo"));
    }
}
