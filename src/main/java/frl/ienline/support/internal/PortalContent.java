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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's pages and their translations. Visitors get the published version in their language, or
 * the Dutch one with a visible notice; editors write drafts, a second editor reviews and publishes, and
 * every version is kept as the history.
 */
@Service
@Transactional(CareCompartmentDatabase.TRANSACTIONS)
public class PortalContent {

    public enum Status { DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, REJECTED }

    public record PageView(String slug, String requestedLanguage, String language, String title, String summary,
            PageBody body, boolean fallback) {
    }

    public record PageLink(String slug, String title, String summary, boolean fallback) {
    }

    public record Version(UUID id, String slug, String language, int version, String title, String summary, String body,
            Status status, UUID authorId, String authorName, String authorOrg, Instant createdAt, String reviewerName,
            Instant reviewedAt, String reviewNote, boolean nativeReviewPending) {
    }

    /** Per page, per language: the published version number (or null) and whether a draft/review is open. */
    public record Coverage(String slug, Map<String, Cell> languages) {

        public long missing() {
            return languages.values().stream().filter(c -> c.published() == null).count();
        }

        /** Published translations that still wait for a native speaker's review. */
        public long awaitingNativeReview() {
            return languages.values().stream().filter(Cell::nativeReviewPending).count();
        }
    }

    /**
     * One language of one page for editors: the published version number (or null), an open draft or review,
     * and whether the published text is a first translation a native speaker has not reviewed yet.
     */
    public record Cell(Integer published, Status open, boolean nativeReviewPending) {
    }

    private final CareJdbc db;
    private final Clock clock;
    private final CareStaff staff;
    private final CareAccessLog log;

    PortalContent(CareJdbc db, Clock clock, CareStaff staff, CareAccessLog log) {
        this.db = db;
        this.clock = clock;
        this.staff = staff;
        this.log = log;
    }

    // ---- public ------------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public PageView page(String slug, String language) {
        String lang = PortalLanguages.supported(language);
        Optional<PageView> own = published(slug, lang, lang);
        if (own.isPresent()) {
            return own.get();
        }
        return published(slug, PortalLanguages.FALLBACK, lang).orElseThrow(() -> new NotFound("page"));
    }

    private Optional<PageView> published(String slug, String language, String requested) {
        return db.query("""
                SELECT title, summary, body FROM support.portal_page_version
                WHERE slug = :slug AND language = :lang AND status = 'PUBLISHED'""")
                .param("slug", slug).param("lang", language)
                .query((rs, n) -> new PageView(slug, requested, language, rs.getString(1), rs.getString(2),
                        PageBody.parse(rs.getString(3)), !language.equals(requested)))
                .optional();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<PageLink> index(String language) {
        String lang = PortalLanguages.supported(language);
        return db.query("""
                SELECT p.slug, coalesce(own.title, nl.title), coalesce(own.summary, nl.summary), own.title IS NULL
                FROM support.portal_page p
                JOIN support.portal_page_version nl ON nl.slug = p.slug AND nl.language = 'nl' AND nl.status = 'PUBLISHED'
                LEFT JOIN support.portal_page_version own ON own.slug = p.slug AND own.language = :lang AND own.status = 'PUBLISHED'
                WHERE p.slug <> 'start' ORDER BY p.position""").param("lang", lang)
                .query((rs, n) -> new PageLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<String> slugs() {
        return db.query("SELECT slug FROM support.portal_page ORDER BY position").query(String.class).list();
    }

    // ---- editors -----------------------------------------------------------------------------------

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Coverage> coverage() {
        staff.requireCareWorker("portal-page");
        Map<String, Map<String, Cell>> matrix = new LinkedHashMap<>();
        for (String slug : slugs()) {
            Map<String, Cell> row = new LinkedHashMap<>();
            PortalLanguages.ALL.forEach(l -> row.put(l, new Cell(null, null, false)));
            matrix.put(slug, row);
        }
        db.query("""
                SELECT slug, language,
                       max(version) FILTER (WHERE status = 'PUBLISHED'),
                       max(status) FILTER (WHERE status IN ('DRAFT', 'IN_REVIEW')),
                       bool_or(native_review_pending) FILTER (WHERE status = 'PUBLISHED')
                FROM support.portal_page_version GROUP BY slug, language""")
                .query((rs, n) -> {
                    Integer published = (Integer) rs.getObject(3);
                    String open = rs.getString(4);
                    matrix.get(rs.getString(1)).put(rs.getString(2),
                            new Cell(published, open == null ? null : Status.valueOf(open), rs.getBoolean(5)));
                    return null;
                }).list();
        List<Coverage> result = new ArrayList<>();
        matrix.forEach((slug, row) -> result.add(new Coverage(slug, row)));
        return result;
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Version> history(String slug, String language) {
        staff.requireCareWorker("portal-page");
        requirePage(slug);
        return db.query(VERSION_SELECT + " WHERE slug = :slug AND language = :lang ORDER BY version DESC")
                .param("slug", slug).param("lang", PortalLanguages.supported(language))
                .query(PortalContent::version).list();
    }

    /** A new draft, or the open draft updated in place. Returns the version's id. */
    public UUID saveDraft(String slug, String language, String title, String summary, String body) {
        Actor actor = staff.requireCareWorker("portal-page");
        requirePage(slug);
        if (!PortalLanguages.ALL.contains(language)) {
            throw InputRejected.of("language", "Unknown language");
        }
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 120) {
            problems.add(new Problem("title", "staff.pages.error.title"));
        }
        if (summary == null || summary.isBlank() || summary.length() > 300) {
            problems.add(new Problem("summary", "staff.pages.error.summary"));
        }
        if (body == null || body.isBlank() || body.length() > 20000) {
            problems.add(new Problem("body", "staff.pages.error.body"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Optional<UUID> draft = db.query("""
                SELECT id FROM support.portal_page_version WHERE slug = :slug AND language = :lang AND status = 'DRAFT'""")
                .param("slug", slug).param("lang", language).query(UUID.class).optional();
        Timestamp now = Timestamp.from(clock.instant());
        UUID id;
        if (draft.isPresent()) {
            id = draft.get();
            db.query("""
                    UPDATE support.portal_page_version SET title = :title, summary = :summary, body = :body,
                        author_id = :author, author_name = :name, author_org = :org, created_at = :now WHERE id = :id""")
                    .param("title", title.strip()).param("summary", summary.strip()).param("body", body.strip())
                    .param("author", actor.id()).param("name", actor.displayName()).param("org", actor.organisationCode())
                    .param("now", now).param("id", id).update();
        } else {
            id = UUID.randomUUID();
            int next = db.query("SELECT coalesce(max(version), 0) + 1 FROM support.portal_page_version WHERE slug = :slug AND language = :lang")
                    .param("slug", slug).param("lang", language).query(Integer.class).single();
            db.query("""
                    INSERT INTO support.portal_page_version (id, slug, language, version, title, summary, body, status,
                        author_id, author_name, author_org, created_at)
                    VALUES (:id, :slug, :lang, :version, :title, :summary, :body, 'DRAFT', :author, :name, :org, :now)""")
                    .param("id", id).param("slug", slug).param("lang", language).param("version", next)
                    .param("title", title.strip()).param("summary", summary.strip()).param("body", body.strip())
                    .param("author", actor.id()).param("name", actor.displayName()).param("org", actor.organisationCode())
                    .param("now", now).update();
        }
        log.allowed(actor, CareAccessLog.Action.CHANGE, "portal-page", slug + "/" + language, null, "portal-editing");
        return id;
    }

    public void submitForReview(UUID versionId) {
        Actor actor = staff.requireCareWorker("portal-page");
        Version version = version(versionId);
        if (version.status() != Status.DRAFT) {
            throw InputRejected.of("status", "staff.pages.error.notDraft");
        }
        db.query("UPDATE support.portal_page_version SET status = 'IN_REVIEW', submitted_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", versionId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "portal-page", versionId, null, "portal-editing");
    }

    /** Publishing needs a second pair of eyes: the reviewer may not be the author. */
    public void approve(UUID versionId) {
        staff.requireCareWorker("portal-page"); // before the lookup, so nobody else learns whether the id exists
        Version version = version(versionId);
        Actor actor = EditorialReview.secondEditor(staff, "portal-page", version.status(), version.authorId());
        Timestamp now = Timestamp.from(clock.instant());
        db.query("""
                UPDATE support.portal_page_version SET status = 'SUPERSEDED'
                WHERE slug = :slug AND language = :lang AND status = 'PUBLISHED'""")
                .param("slug", version.slug()).param("lang", version.language()).update();
        db.query("""
                UPDATE support.portal_page_version SET status = 'PUBLISHED', reviewer_id = :reviewer,
                    reviewer_name = :name, reviewed_at = :now WHERE id = :id""")
                .param("reviewer", actor.id()).param("name", actor.displayName()).param("now", now)
                .param("id", versionId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "portal-page", versionId, null, "portal-review");
    }

    public void reject(UUID versionId, String note) {
        staff.requireCareWorker("portal-page"); // before the lookup, so nobody else learns whether the id exists
        Version version = version(versionId);
        Actor actor = EditorialReview.secondEditor(staff, "portal-page", version.status(), version.authorId());
        db.query("""
                UPDATE support.portal_page_version SET status = 'REJECTED', reviewer_id = :reviewer,
                    reviewer_name = :name, reviewed_at = :now, review_note = :note WHERE id = :id""")
                .param("reviewer", actor.id()).param("name", actor.displayName())
                .param("now", Timestamp.from(clock.instant())).param("note", note == null ? null : note.strip())
                .param("id", versionId).update();
        log.allowed(actor, CareAccessLog.Action.CHANGE, "portal-page", versionId, null, "portal-review");
    }

    @Transactional(value = CareCompartmentDatabase.TRANSACTIONS, readOnly = true)
    public List<Version> awaitingReview() {
        staff.requireCareWorker("portal-page");
        return db.query("SELECT id FROM support.portal_page_version WHERE status = 'IN_REVIEW' ORDER BY submitted_at")
                .query(UUID.class).list().stream().map(this::version).toList();
    }

    public Version version(UUID id) {
        return db.query(VERSION_SELECT + " WHERE id = :id").param("id", id).query(PortalContent::version)
                .optional().orElseThrow(() -> new NotFound("portal-page-version"));
    }

    private static final String VERSION_SELECT = """
            SELECT id, slug, language, version, title, summary, body, status, author_id, author_name, author_org,
                   created_at, reviewer_name, reviewed_at, review_note, native_review_pending
            FROM support.portal_page_version""";

    private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Version(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getString(7), Status.valueOf(rs.getString(8)),
                rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                rs.getString(13), rs.getTimestamp(14) == null ? null : rs.getTimestamp(14).toInstant(),
                rs.getString(15), rs.getBoolean(16));
    }

    private void requirePage(String slug) {
        if (!slugs().contains(slug)) {
            throw new NotFound("portal-page");
        }
    }
}
