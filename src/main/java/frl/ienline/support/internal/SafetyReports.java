package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports of dangerous clients (the Ugly Mugs model): a member, or a care worker on a member's behalf,
 * reports; a moderator of a care organisation publishes a masked alert or rejects the report. Report
 * details are encrypted; police get them only when the reporter consented, and that is recorded.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class SafetyReports {

    public enum Category { VIOLENCE, SEXUAL_VIOLENCE, THREAT, STEALTHING, NO_PAYMENT, ROBBERY, STALKING, OTHER }

    public enum Severity { LOW, MEDIUM, HIGH }

    public enum Status { SUBMITTED, PUBLISHED, REJECTED }

    /** What a reporter enters. Identifiers are optional each; at least a description and a category. */
    public record ReportInput(Set<Category> categories, LocalDate occurredOn, String municipality, String description,
            String phone, String email, String carPlate, String nickname, String descriptors, boolean policeConsent,
            boolean wantsPoliceHelp) {
    }

    public record Summary(UUID id, Instant submittedAt, List<Category> categories, String municipality,
            boolean onBehalf, Status status, boolean policeConsent, boolean wantsPoliceHelp) {
    }

    public record Detail(Summary summary, LocalDate occurredOn, String description, List<ClientIdentifier> identifiers,
            String descriptors, Instant policeConsentAt, String onBehalfByOrg) {
    }

    private final CareJdbc db;
    private final SupportCrypto.Keys keys;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;
    private final PortalFacts facts;
    private final Alerts alerts;
    private final JsonMapper json = JsonMapper.builder().build();

    SafetyReports(CareJdbc db, SupportCrypto.Keys keys, Clock clock, CareStaff staff, CareAccessLog log, PortalFacts facts,
            Alerts alerts) {
        this.db = db;
        this.keys = keys;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
        this.facts = facts;
        this.alerts = alerts;
    }

    public UUID submitByMember(UUID memberId, ReportInput input) {
        return insert(memberId, null, input);
    }

    public UUID submitOnBehalf(ReportInput input) {
        Actor actor = staff.requireCareWorker("incident-report");
        UUID id = insert(null, actor.organisationCode(), input);
        log.allowed(actor, CareAccessLog.Action.CREATE, "incident-report", id, null, "report-on-behalf");
        return id;
    }

    private UUID insert(UUID memberId, String onBehalfOrg, ReportInput input) {
        List<Problem> problems = new ArrayList<>();
        if (input.categories() == null || input.categories().isEmpty()) {
            problems.add(new Problem("categories", "portal.report.error.categories"));
        }
        LocalDate today = LocalDate.now(clock);
        if (input.occurredOn() == null || input.occurredOn().isAfter(today) || input.occurredOn().isBefore(today.minusYears(2))) {
            problems.add(new Problem("occurredOn", "portal.report.error.occurredOn"));
        }
        if (input.municipality() == null || !facts.municipalities().containsKey(input.municipality())) {
            problems.add(new Problem("municipality", "portal.report.error.municipality"));
        }
        if (input.description() == null || input.description().isBlank() || input.description().length() > 5000) {
            problems.add(new Problem("description", "portal.report.error.description"));
        }
        List<ClientIdentifier> identifiers = new ArrayList<>();
        addIdentifier(identifiers, problems, Kind.PHONE, input.phone(), "phone");
        addIdentifier(identifiers, problems, Kind.EMAIL, input.email(), "email");
        addIdentifier(identifiers, problems, Kind.CAR_PLATE, input.carPlate(), "carPlate");
        addIdentifier(identifiers, problems, Kind.NICKNAME, input.nickname(), "nickname");
        if (input.descriptors() != null && input.descriptors().length() > 2000) {
            problems.add(new Problem("descriptors", "portal.report.error.descriptors"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, String> idMap = new LinkedHashMap<>();
        identifiers.forEach(i -> idMap.put(i.kind().name(), i.value()));
        db.query("""
                INSERT INTO support.incident_report (id, member_id, on_behalf_by_org, categories, occurred_on, municipality,
                    description_enc, identifiers_enc, descriptors_enc, police_consent, police_consent_at, wants_police_help,
                    status, submitted_at)
                VALUES (:id, :member, :org, string_to_array(:categories, ','), :occurred, :municipality, :description, :identifiers,
                    :descriptors, :consent, :consentAt, :help, 'SUBMITTED', :now)""")
                .param("id", id).param("member", memberId).param("org", onBehalfOrg)
                .param("categories", String.join(",", input.categories().stream().map(Enum::name).sorted().toList()))
                .param("occurred", input.occurredOn()).param("municipality", input.municipality())
                .param("description", keys.cipher().encrypt(input.description().strip(), SupportCrypto.REPORT_DESCRIPTION.at(id)))
                .param("identifiers", keys.cipher().encrypt(json.writeValueAsString(idMap), SupportCrypto.REPORT_IDENTIFIERS.at(id)))
                .param("descriptors", keys.cipher().encrypt(blankToNull(input.descriptors()), SupportCrypto.REPORT_DESCRIPTORS.at(id)))
                .param("consent", input.policeConsent())
                .param("consentAt", input.policeConsent() ? Timestamp.from(now) : null)
                .param("help", input.wantsPoliceHelp()).param("now", Timestamp.from(now)).update();
        return id;
    }

    private static void addIdentifier(List<ClientIdentifier> out, List<Problem> problems, Kind kind, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        try {
            out.add(new ClientIdentifier(kind, raw));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "portal.report.error." + field));
        }
    }

    // ---- moderation --------------------------------------------------------------------------------

    /**
     * A care worker's moderation queue (M12): reports about the own municipalities and those the own organisation
     * made on a member's behalf; another organisation's report elsewhere is not there (404).
     */
    private static final String IN_QUEUE = "(municipality = ANY(:municipalities) OR on_behalf_by_org = :org)";

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS)
    public List<Summary> queue() {
        Actor actor = staff.requireCareWorker("incident-report");
        log.allowed(actor, CareAccessLog.Action.SEARCH, "incident-report", null, null, "moderation");
        return db.query("""
                SELECT id, submitted_at, categories, municipality, on_behalf_by_org IS NOT NULL, status, police_consent,
                       wants_police_help
                FROM support.incident_report WHERE """ + IN_QUEUE + """
                ORDER BY (status = 'SUBMITTED') DESC, submitted_at DESC LIMIT 200""")
                .param("municipalities", actor.scope().municipalityValues()).param("org", actor.organisationCode())
                .query((rs, n) -> summary(rs)).list();
    }

    public Detail detail(UUID id) {
        Actor actor = staff.requireCareWorker("incident-report");
        Detail detail = load(id, actor);
        log.allowed(actor, CareAccessLog.Action.VIEW, "incident-report", id, null, "moderation");
        return detail;
    }

    /** The report for the police: only with the reporter's recorded consent; the print is logged. */
    public Detail forPolice(UUID id) {
        Actor actor = staff.requireCareWorker("incident-report");
        Detail detail = load(id, actor);
        if (!detail.summary().policeConsent()) {
            log.denied(actor, CareAccessLog.Action.PRINT, "incident-report", id, "police-refused-no-consent");
            throw new frl.ienline.shared.AccessRefused("No recorded consent for the police");
        }
        log.allowed(actor, CareAccessLog.Action.PRINT, "incident-report", id, null, "police-with-consent");
        return detail;
    }

    /** Publishes a masked alert from the report, with the identifiers the moderator chose. */
    public UUID publish(UUID reportId, String region, Severity severity, String summary, Set<Kind> include) {
        Actor actor = staff.requireCareWorker("incident-report");
        Detail detail = load(reportId, actor);
        if (detail.summary().status() != Status.SUBMITTED) {
            throw InputRejected.of("status", "staff.reports.error.decided");
        }
        List<Problem> problems = new ArrayList<>();
        if (region == null || !("FRYSLAN".equals(region) || facts.municipalities().containsKey(region))) {
            problems.add(new Problem("region", "staff.reports.error.region"));
        }
        if (severity == null) {
            problems.add(new Problem("severity", "staff.reports.error.severity"));
        }
        if (summary == null || summary.isBlank() || summary.length() > 1000) {
            problems.add(new Problem("summary", "staff.reports.error.summary"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Set<Kind> kinds = include == null ? EnumSet.noneOf(Kind.class) : include;
        List<ClientIdentifier> shown = detail.identifiers().stream().filter(i -> kinds.contains(i.kind())).toList();
        Instant now = clock.instant();
        Instant expires = ZonedDateTime.ofInstant(now, clock.getZone()).plus(facts.alertRetention()).toInstant();
        UUID alertId = alerts.create(reportId, region, severity, detail.summary().categories(), summary.strip(),
                detail.occurredOn(), actor.organisationCode(), now, expires, shown, false);
        db.query("UPDATE support.incident_report SET status = 'PUBLISHED', decided_at = :now, decided_by_org = :org WHERE id = :id")
                .param("now", Timestamp.from(now)).param("org", actor.organisationCode()).param("id", reportId).update();
        log.allowed(actor, CareAccessLog.Action.CREATE, "alert", alertId, null, "moderation");
        return alertId;
    }

    public void reject(UUID reportId) {
        Actor actor = staff.requireCareWorker("incident-report");
        Detail detail = load(reportId, actor);
        if (detail.summary().status() != Status.SUBMITTED) {
            throw InputRejected.of("status", "staff.reports.error.decided");
        }
        db.query("UPDATE support.incident_report SET status = 'REJECTED', decided_at = :now, decided_by_org = :org WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("org", actor.organisationCode()).param("id", reportId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "incident-report", reportId, null, "moderation");
    }

    private Detail load(UUID id, Actor actor) {
        return db.query("""
                SELECT id, submitted_at, categories, municipality, on_behalf_by_org IS NOT NULL, status, police_consent,
                       wants_police_help, occurred_on, description_enc, identifiers_enc, descriptors_enc, police_consent_at,
                       on_behalf_by_org
                FROM support.incident_report WHERE id = :id AND """ + IN_QUEUE).param("id", id)
                .param("municipalities", actor.scope().municipalityValues()).param("org", actor.organisationCode())
                .query((rs, n) -> {
                    UUID row = rs.getObject(1, UUID.class);
                    Map<String, String> ids = json.readValue(keys.cipher().decrypt(rs.getString(11),
                            SupportCrypto.REPORT_IDENTIFIERS.at(row)), new TypeReference<Map<String, String>>() {
                    });
                    List<ClientIdentifier> identifiers = ids.entrySet().stream()
                            .map(e -> new ClientIdentifier(Kind.valueOf(e.getKey()), e.getValue())).toList();
                    return new Detail(summary(rs), rs.getObject(9, LocalDate.class), keys.cipher().decrypt(rs.getString(10),
                            SupportCrypto.REPORT_DESCRIPTION.at(row)), identifiers,
                            keys.cipher().decrypt(rs.getString(12), SupportCrypto.REPORT_DESCRIPTORS.at(row)),
                            rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant(), rs.getString(14));
                }).optional().orElseThrow(() -> new NotFound("incident-report"));
    }

    private static Summary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        String[] categories = (String[]) rs.getArray(3).getArray();
        return new Summary(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                Arrays.stream(categories).map(Category::valueOf).toList(), rs.getString(4), rs.getBoolean(5),
                Status.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getBoolean(8));
    }

    public long countSince(Instant from, Instant to) {
        return db.query("SELECT count(*) FROM support.incident_report WHERE submitted_at >= :from AND submitted_at < :to")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
