package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import frl.ienline.shared.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where to get help, kept as data: organisations with address, opening hours, phone number, the languages
 * they help in and a description per portal language. Care editors change them like portal pages — a
 * draft, review and publication by a second editor, every version kept — and retire one the same way.
 * The portal shows only what is published and not retired.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class HelpOrganisations {

    public enum Change { SAVE, RETIRE }

    /** What an editor enters; descriptions by portal language (Dutch required, the others optional). */
    public record OrganisationInput(String name, String address, String phone, String hours, String website,
            Set<String> languages, Map<String, String> descriptions) {

        public OrganisationInput {
            languages = languages == null ? Set.of() : Set.copyOf(languages);
            Map<String, String> cleaned = new LinkedHashMap<>();
            if (descriptions != null) {
                descriptions.forEach((l, d) -> {
                    if (d != null && !d.isBlank()) {
                        cleaned.put(l, d.strip());
                    }
                });
            }
            descriptions = Map.copyOf(cleaned);
        }

        public String description(String language) {
            return descriptions.getOrDefault(language, "");
        }
    }

    /** A published organisation, for editors. */
    public record Organisation(String code, String name, String address, String phone, String hours, String website,
            List<String> languages, Map<String, String> descriptions, boolean example, Instant retiredAt) {

        public boolean retired() {
            return retiredAt != null;
        }

        public OrganisationInput asInput() {
            return new OrganisationInput(name, address, phone, hours, website, Set.copyOf(languages), descriptions);
        }
    }

    /** An organisation as the portal shows it, with the description in the visitor's language or else Dutch. */
    public record PortalOrganisation(String code, String name, String description, String descriptionLanguage,
            String address, String phone, String hours, String website, List<String> languages, boolean example) {
    }

    public record Version(UUID id, String code, int version, Change change, OrganisationInput input,
            PortalContent.Status status, UUID authorId, String authorName, String authorOrg, Instant createdAt,
            String reviewerName, Instant reviewedAt, String reviewNote) {
    }

    static final int MAX_DESCRIPTION = 500;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?");

    private final CareJdbc db;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;
    private final JsonMapper json = JsonMapper.builder().build();

    HelpOrganisations(CareJdbc db, Clock clock, CareStaff staff, CareAccessLog log) {
        this.db = db;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    // ---- public ------------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<PortalOrganisation> forPortal(String language) {
        String lang = PortalLanguages.supported(language);
        return db.query("""
                SELECT code, name, descriptions, address, phone, hours, website, languages, is_example
                FROM support.help_organisation WHERE retired_at IS NULL ORDER BY position, name""")
                .query((rs, n) -> {
                    Map<String, String> descriptions = descriptions(rs.getString(3));
                    String shown = descriptions.containsKey(lang) ? lang : PortalLanguages.FALLBACK;
                    return new PortalOrganisation(rs.getString(1), rs.getString(2), descriptions.getOrDefault(shown, ""),
                            shown, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            languages(rs), rs.getBoolean(9));
                }).list();
    }

    // ---- editors -----------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Organisation> all() {
        staff.requireCareWorker("help-organisation");
        return db.query(ORGANISATION_SELECT + " ORDER BY retired_at IS NOT NULL, position, name")
                .query(HelpOrganisations::organisation).list();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Optional<Organisation> published(String code) {
        staff.requireCareWorker("help-organisation");
        return db.query(ORGANISATION_SELECT + " WHERE code = :code").param("code", code)
                .query(HelpOrganisations::organisation).optional();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Version> history(String code) {
        staff.requireCareWorker("help-organisation");
        List<Version> versions = db.query(VERSION_SELECT + " WHERE code = :code ORDER BY version DESC").param("code", code)
                .query(this::versionRow).list();
        if (versions.isEmpty()) {
            throw new NotFound("help-organisation");
        }
        return versions;
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Version> awaitingReview() {
        staff.requireCareWorker("help-organisation");
        return db.query(VERSION_SELECT + " WHERE status = 'IN_REVIEW' ORDER BY submitted_at").query(this::versionRow).list();
    }

    /**
     * A new organisation ({@code code} null: the code is made from the name) or a change to one, as a draft;
     * an open draft of the same organisation is updated in place. Returns the version's id.
     */
    public UUID saveDraft(String code, OrganisationInput input) {
        Actor actor = staff.requireCareWorker("help-organisation");
        List<Problem> problems = validate(input);
        String target = code;
        if (code == null) {
            target = codeFor(input.name());
            if (target != null && exists(target)) {
                problems.add(0, new Problem("name", "staff.orgs.error.nameTaken"));
            }
        } else if (!exists(code)) {
            throw new NotFound("help-organisation");
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        if (open(target, "IN_REVIEW").isPresent()) {
            throw InputRejected.of("status", "staff.orgs.error.inReview");
        }
        Optional<UUID> draft = open(target, "DRAFT");
        Timestamp now = Timestamp.from(clock.instant());
        UUID id = draft.orElseGet(UUID::randomUUID);
        if (draft.isPresent()) {
            db.query("""
                    UPDATE support.help_organisation_version SET name = :name, address = :address, phone = :phone,
                        hours = :hours, website = :website, languages = string_to_array(:languages, ','),
                        descriptions = CAST(:descriptions AS jsonb), change = 'SAVE', author_id = :author,
                        author_name = :authorName, author_org = :org, created_at = :now
                    WHERE id = :id""").params(fields(input, actor, now)).param("id", id).update();
        } else {
            db.query("""
                    INSERT INTO support.help_organisation_version (id, code, version, change, name, address, phone, hours,
                        website, languages, descriptions, status, author_id, author_name, author_org, created_at)
                    VALUES (:id, :code, (SELECT coalesce(max(version), 0) + 1 FROM support.help_organisation_version
                                         WHERE code = :code),
                        'SAVE', :name, :address, :phone, :hours, :website, string_to_array(:languages, ','),
                        CAST(:descriptions AS jsonb), 'DRAFT', :author, :authorName, :org, :now)""")
                    .params(fields(input, actor, now)).param("id", id).param("code", target).update();
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "help-organisation", target, null, "portal-editing");
        return id;
    }

    /** Proposes to take an organisation off the portal; like any change it is published only after review. */
    public UUID proposeRetirement(String code) {
        Actor actor = staff.requireCareWorker("help-organisation");
        Organisation current = published(code).orElseThrow(() -> new NotFound("help-organisation"));
        if (current.retired()) {
            throw InputRejected.of("status", "staff.orgs.error.retired");
        }
        if (open(code, "IN_REVIEW").isPresent() || open(code, "DRAFT").isPresent()) {
            throw InputRejected.of("status", "staff.orgs.error.open");
        }
        Timestamp now = Timestamp.from(clock.instant());
        UUID id = UUID.randomUUID();
        db.query("""
                INSERT INTO support.help_organisation_version (id, code, version, change, name, address, phone, hours,
                    website, languages, descriptions, status, author_id, author_name, author_org, created_at, submitted_at)
                VALUES (:id, :code, (SELECT coalesce(max(version), 0) + 1 FROM support.help_organisation_version
                                     WHERE code = :code),
                    'RETIRE', :name, :address, :phone, :hours, :website, string_to_array(:languages, ','),
                    CAST(:descriptions AS jsonb), 'IN_REVIEW', :author, :authorName, :org, :now, :now)""")
                .params(fields(current.asInput(), actor, now)).param("id", id).param("code", code).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "help-organisation", code, null, "portal-editing");
        return id;
    }

    public void submitForReview(UUID versionId) {
        Actor actor = staff.requireCareWorker("help-organisation");
        Version version = version(versionId);
        if (version.status() != PortalContent.Status.DRAFT) {
            throw InputRejected.of("status", "staff.pages.error.notDraft");
        }
        db.query("UPDATE support.help_organisation_version SET status = 'IN_REVIEW', submitted_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", versionId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "help-organisation", version.code(), null, "portal-editing");
    }

    /** Publishing needs a second pair of eyes: the reviewer may not be the author. */
    public void approve(UUID versionId) {
        Actor actor = reviewer(versionId);
        Version version = version(versionId);
        Timestamp now = Timestamp.from(clock.instant());
        db.query("UPDATE support.help_organisation_version SET status = 'SUPERSEDED' WHERE code = :code AND status = 'PUBLISHED'")
                .param("code", version.code()).update();
        db.query("""
                UPDATE support.help_organisation_version SET status = 'PUBLISHED', reviewer_id = :reviewer,
                    reviewer_name = :name, reviewed_at = :now WHERE id = :id""")
                .param("reviewer", actor.id()).param("name", actor.displayName()).param("now", now).param("id", versionId)
                .update();
        if (version.change() == Change.RETIRE) {
            db.query("UPDATE support.help_organisation SET retired_at = :now WHERE code = :code")
                    .param("now", now).param("code", version.code()).update();
        } else {
            OrganisationInput in = version.input();
            db.query("""
                    INSERT INTO support.help_organisation (id, code, name, what_nl, what_en, address, phone, hours, website,
                        is_example, position, languages, descriptions, retired_at)
                    VALUES (:id, :code, :name, :nl, :en, :address, :phone, :hours, :website, FALSE,
                        (SELECT coalesce(max(position), 0) + 1 FROM support.help_organisation),
                        string_to_array(:languages, ','), CAST(:descriptions AS jsonb), NULL)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, what_nl = excluded.what_nl,
                        what_en = excluded.what_en, address = excluded.address, phone = excluded.phone,
                        hours = excluded.hours, website = excluded.website, is_example = FALSE,
                        languages = excluded.languages, descriptions = excluded.descriptions, retired_at = NULL""")
                    .param("id", UUID.randomUUID()).param("code", version.code()).param("name", in.name())
                    .param("nl", in.description("nl"))
                    .param("en", in.descriptions().getOrDefault("en", in.description("nl")))
                    .param("address", in.address()).param("phone", in.phone()).param("hours", in.hours())
                    .param("website", in.website()).param("languages", String.join(",", in.languages()))
                    .param("descriptions", json.writeValueAsString(in.descriptions())).update();
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "help-organisation", version.code(), null, "portal-review");
    }

    public void reject(UUID versionId, String note) {
        Actor actor = reviewer(versionId);
        db.query("""
                UPDATE support.help_organisation_version SET status = 'REJECTED', reviewer_id = :reviewer,
                    reviewer_name = :name, reviewed_at = :now, review_note = :note WHERE id = :id""")
                .param("reviewer", actor.id()).param("name", actor.displayName())
                .param("now", Timestamp.from(clock.instant())).param("note", note == null || note.isBlank() ? null : note.strip())
                .param("id", versionId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "help-organisation", version(versionId).code(), null, "portal-review");
    }

    private Actor reviewer(UUID versionId) {
        Version version = version(versionId);
        return EditorialReview.secondEditor(staff, "help-organisation", version.status(), version.authorId());
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public Version version(UUID id) {
        staff.requireCareWorker("help-organisation");
        return db.query(VERSION_SELECT + " WHERE id = :id").param("id", id).query(this::versionRow).optional()
                .orElseThrow(() -> new NotFound("help-organisation-version"));
    }

    // ---- rules -------------------------------------------------------------------------------------

    /** Every problem at once, each with the field and what is wrong, for the form's error summary. */
    static List<Problem> validate(OrganisationInput in) {
        List<Problem> problems = new ArrayList<>();
        if (blankOrLonger(in.name(), 120) || codeFor(in.name()) == null) {
            problems.add(new Problem("name", "staff.orgs.error.name"));
        }
        if (blankOrLonger(in.address(), 200)) {
            problems.add(new Problem("address", "staff.orgs.error.address"));
        }
        if (in.phone() == null || !PHONE.matcher(in.phone().strip()).matches() || digits(in.phone()) < 6 || digits(in.phone()) > 15) {
            problems.add(new Problem("phone", "staff.orgs.error.phone"));
        }
        if (blankOrLonger(in.hours(), 200)) {
            problems.add(new Problem("hours", "staff.orgs.error.hours"));
        }
        if (in.website() != null && !in.website().isBlank()
                && (in.website().strip().length() > 200 || !WEBSITE.matcher(in.website().strip()).matches())) {
            problems.add(new Problem("website", "staff.orgs.error.website"));
        }
        if (in.languages().isEmpty() || !PortalLanguages.ALL.containsAll(in.languages())) {
            problems.add(new Problem("languages", "staff.orgs.error.languages"));
        }
        if (!in.descriptions().containsKey("nl")) {
            problems.add(new Problem("description-nl", "staff.orgs.error.descriptionNl"));
        }
        for (String language : PortalLanguages.ALL) {
            if (in.description(language).length() > MAX_DESCRIPTION) {
                problems.add(new Problem("description-" + language, "staff.orgs.error.descriptionLength"));
            }
        }
        if (!PortalLanguages.ALL.containsAll(in.descriptions().keySet())) {
            problems.add(new Problem("description-nl", "staff.orgs.error.descriptionLanguage"));
        }
        return problems;
    }

    /** {@code "GGD Fryslân"} → {@code ggd-fryslan}; null if nothing usable is left. */
    static String codeFor(String name) {
        if (name == null) {
            return null;
        }
        String code = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "").replaceAll("^[0-9-]+", "");
        if (code.length() > 41) {
            code = code.substring(0, 41).replaceAll("-+$", "");
        }
        return code.length() >= 2 ? code : null;
    }

    private static boolean blankOrLonger(String value, int max) {
        return value == null || value.isBlank() || value.strip().length() > max;
    }

    private static long digits(String phone) {
        return phone.chars().filter(Character::isDigit).count();
    }

    // ---- rows --------------------------------------------------------------------------------------

    private boolean exists(String code) {
        return db.query("""
                SELECT EXISTS (SELECT 1 FROM support.help_organisation WHERE code = :code)
                    OR EXISTS (SELECT 1 FROM support.help_organisation_version WHERE code = :code)""")
                .param("code", code).query(Boolean.class).single();
    }

    private Optional<UUID> open(String code, String status) {
        return db.query("SELECT id FROM support.help_organisation_version WHERE code = :code AND status = :status")
                .param("code", code).param("status", status).query(UUID.class).optional();
    }

    private Map<String, Object> fields(OrganisationInput in, Actor actor, Timestamp now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", in.name().strip());
        fields.put("address", in.address().strip());
        fields.put("phone", in.phone().strip());
        fields.put("hours", in.hours().strip());
        fields.put("website", in.website() == null ? "" : in.website().strip());
        fields.put("languages", String.join(",", PortalLanguages.ALL.stream().filter(in.languages()::contains).toList()));
        fields.put("descriptions", json.writeValueAsString(in.descriptions()));
        fields.put("author", actor.id());
        fields.put("authorName", actor.displayName());
        fields.put("org", actor.organisationCode());
        fields.put("now", now);
        return fields;
    }

    private static final String ORGANISATION_SELECT = """
            SELECT code, name, address, phone, hours, website, languages, descriptions, is_example, retired_at
            FROM support.help_organisation""";

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), languages(rs.getArray(7)), descriptions(rs.getString(8)), rs.getBoolean(9),
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant());
    }

    private static final String VERSION_SELECT = """
            SELECT id, code, version, change, name, address, phone, hours, website, languages, descriptions, status,
                   author_id, author_name, author_org, created_at, reviewer_name, reviewed_at, review_note
            FROM support.help_organisation_version""";

    private Version versionRow(ResultSet rs, int row) throws SQLException {
        OrganisationInput input = new OrganisationInput(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), Set.copyOf(languages(rs.getArray(10))), descriptions(rs.getString(11)));
        return new Version(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), Change.valueOf(rs.getString(4)), input,
                PortalContent.Status.valueOf(rs.getString(12)), rs.getObject(13, UUID.class), rs.getString(14),
                rs.getString(15), rs.getTimestamp(16).toInstant(), rs.getString(17),
                rs.getTimestamp(18) == null ? null : rs.getTimestamp(18).toInstant(), rs.getString(19));
    }

    private static List<String> languages(ResultSet rs) throws SQLException {
        return languages(rs.getArray(8));
    }

    private static List<String> languages(java.sql.Array array) throws SQLException {
        List<String> spoken = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
        return PortalLanguages.ALL.stream().filter(spoken::contains).toList();
    }

    /** By portal language, in the portal's order. */
    private static Map<String, String> descriptions(String stored) {
        Map<String, String> raw = JsonMapper.builder().build().readValue(stored == null ? "{}" : stored,
                new TypeReference<Map<String, String>>() {
                });
        Map<String, String> ordered = new LinkedHashMap<>();
        PortalLanguages.ALL.forEach(l -> {
            if (raw.containsKey(l)) {
                ordered.put(l, raw.get(l));
            }
        });
        return ordered;
    }
}
