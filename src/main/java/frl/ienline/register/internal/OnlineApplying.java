package frl.ienline.register.internal;

import frl.ienline.platform.RateLimit;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side, without an account: start (a reference and a secret follow-up code, shown once),
 * fill in and save step by step, resume with reference and code (rate-limited), submit, follow the status,
 * answer requests for information and add documents. The caller proves who it is with the application id
 * the web layer keeps in the session after {@link #start} or {@link #signIn}.
 */
@Service
public class OnlineApplying {

    public record Started(UUID id, ApplicationReference reference, String followUpCode) {
    }

    /** What the applicant sees: the aggregate, the deadline today and the documents sent in. */
    public record ApplicantView(LicenceApplication application, DecisionDeadline deadline,
            List<Documents.DocumentInfo> documents, String municipalityName, ContactDetails contact) {
    }

    private final Applications applications;
    private final Documents documents;
    private final ApplicantContacts contacts;
    private final Notices notices;
    private final LicensingRules rules;
    private final LicenceApplications officers;
    private final RegisterAccess access;
    private final Clock clock;
    private final RateLimit followUpPerClient;
    private final RateLimit followUpPerReference;
    private final RateLimit draftsPerClient;
    private final RateLimit uploadsPerClient;
    private final RateLimit uploadsPerDraft;
    private final int maxDocuments;
    private final SecureRandom random = new SecureRandom();

    OnlineApplying(Applications applications, Documents documents, ApplicantContacts contacts, Notices notices,
            LicensingRules rules, LicenceApplications officers,
            RegisterAccess access, ThrottleStore throttles, Clock clock,
            @Value("${ienline.register.follow-up-login.per-reference:5}") int perReference,
            @Value("${ienline.register.follow-up-login.per-client:20}") int perClient,
            @Value("${ienline.register.online.drafts-per-client-per-hour:5}") int drafts,
            @Value("${ienline.register.online.uploads-per-client-per-hour:30}") int uploadsPerClient,
            @Value("${ienline.register.online.uploads-per-draft-per-day:20}") int uploadsPerDraft,
            @Value("${ienline.register.online.max-documents:30}") int maxDocuments) {
        this.applications = applications;
        this.documents = documents;
        this.contacts = contacts;
        this.notices = notices;
        this.rules = rules;
        this.officers = officers;
        this.access = access;
        this.clock = clock;
        Duration quarter = Duration.ofMinutes(15);
        this.followUpPerClient = throttles.rateLimit("follow-up-client", perClient, quarter);
        this.followUpPerReference = throttles.rateLimit("follow-up-reference", perReference, quarter);
        this.draftsPerClient = throttles.rateLimit("apply-draft-client", drafts, Duration.ofHours(1));
        this.uploadsPerClient = throttles.rateLimit("apply-upload-client", uploadsPerClient, Duration.ofHours(1));
        this.uploadsPerDraft = throttles.rateLimit("apply-upload-draft", uploadsPerDraft, Duration.ofDays(1));
        this.maxDocuments = maxDocuments;
    }

    /** A new draft; so many per client per hour (M8), then 429. */
    @Transactional
    public Started start(String client) {
        draftsPerClient.acquire(client).orThrow();
        Stamp stamp = Stamp.of(Stamp.APPLICANT, clock);
        ApplicationReference reference = officers.newReference();
        FollowUpCode code = FollowUpCode.random(random);
        LicenceApplication application = LicenceApplication.startOnline(UUID.randomUUID(), reference, code, stamp);
        applications.insert(application, stamp.at());
        access.allowedForApplicant(Action.CREATE, RegisterAccess.APPLICATION, application.id(), reference.value());
        return new Started(application.id(), reference, code.reveal());
    }

    /**
     * Checks reference and code. At most {@code per-reference} attempts per reference and {@code per-client}
     * per client in 15 minutes, then 429. Wrong reference and wrong code answer the same.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> signIn(String reference, String code, String clientKey) {
        String normalised = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        followUpPerClient.acquire(clientKey).orThrow();
        followUpPerReference.acquire("ref." + normalised).orThrow();
        Optional<LicenceApplication> found;
        try {
            found = applications.byReference(ApplicationReference.of(normalised));
        } catch (IllegalArgumentException malformed) {
            found = Optional.empty();
        }
        boolean ok = found.isPresent() && FollowUpCode.matches(code, found.get().followUpCodeHash());
        // Hash even when the reference is unknown, so both failures take the same time.
        if (found.isEmpty()) {
            FollowUpCode.matches(code, new byte[32]);
        }
        if (!ok) {
            return Optional.empty();
        }
        followUpPerReference.reset("ref." + normalised);
        access.allowedForApplicant(Action.VIEW, RegisterAccess.APPLICATION, found.get().id(), normalised);
        return Optional.of(found.get().id());
    }

    /** The applicant's own file, with an access-log entry (the web layer logs only a session's first look, L5/M8). */
    @Transactional(readOnly = true)
    public ApplicantView view(UUID id) {
        return view(id, true);
    }

    /**
     * The applicant's own application. {@code logged} false for the applicant's further looks within one
     * session: the first view of a session is in the access log, not every page of the steps (M8).
     */
    @Transactional(readOnly = true)
    public ApplicantView view(UUID id, boolean logged) {
        LicenceApplication application = load(id);
        if (logged) {
            access.allowedForApplicant(Action.VIEW, RegisterAccess.APPLICATION, id, application.reference().value());
        }
        LocalDate today = LocalDate.now(clock);
        return new ApplicantView(application,
                application.decisionDeadline(today, rules.procedure(today).weekendMovesDeadline()), documents.of(id),
                application.municipality() == null ? null : rules.municipalityName(application.municipality()),
                contacts.of(id).orElse(null));
    }

    @Transactional
    public void saveBusiness(UUID id, Business business) {
        change(id, (a, stamp) -> a.describeBusiness(business, stamp));
    }

    /** The postal address, e-mail and phone of the applicant (a draft's step; stored encrypted). */
    @Transactional
    public void saveContact(UUID id, ContactDetails contact) {
        change(id, (a, stamp) -> {
            a.noteContactSaved(stamp);
            contacts.save(id, contact, stamp.by(), stamp.at());
        });
    }

    @Transactional
    public void saveOperator(UUID id, Operator operator) {
        change(id, (a, stamp) -> a.nameOperator(operator, stamp));
    }

    @Transactional
    public void saveManagers(UUID id, List<Person> managers) {
        change(id, (a, stamp) -> a.nameManagers(managers, stamp));
    }

    @Transactional
    public void submit(UUID id) {
        change(id, (a, stamp) -> {
            if (a.business() == null) {
                throw new TransitionRefused("incompleteDraft", "business");
            }
            if (contacts.of(id).isEmpty()) {
                throw new TransitionRefused("incompleteDraft", "contact");
            }
            a.submit(rules.kind(a.business().kind(), stamp.on()), stamp);
            officers.receipt(a, stamp);
        });
    }

    /** Adds a document; uploads are limited per client and per draft, documents per application (M8). */
    @Transactional
    public void addDocument(UUID id, DocumentKind kind, String fileName, byte[] content, String client) {
        mayUpload(id, client);
        UploadInspector.CleanDocument clean = UploadInspector.inspect(content);
        change(id, (a, stamp) -> {
            a.noteDocumentAdded(kind.name(), stamp);
            documents.insert(UUID.randomUUID(), id, kind, UploadInspector.safeFileName(fileName, clean.mediaType()),
                    clean.mediaType(), clean.content(), null, stamp.at(), Stamp.APPLICANT);
        });
    }

    /** Answers a request for information, optionally with a document that belongs to the answer. */
    @Transactional
    public void answer(UUID id, UUID requestId, String answer, DocumentKind kind, String fileName, byte[] content,
            String client) {
        if (content != null && content.length > 0) {
            mayUpload(id, client);
        }
        UploadInspector.CleanDocument clean = content == null || content.length == 0 ? null
                : UploadInspector.inspect(content);
        change(id, (a, stamp) -> {
            if (clean != null) {
                a.noteDocumentAdded(kind.name(), stamp);
                documents.insert(UUID.randomUUID(), id, kind, UploadInspector.safeFileName(fileName, clean.mediaType()),
                        clean.mediaType(), clean.content(), requestId, stamp.at(), Stamp.APPLICANT);
            }
            a.supplyInformation(requestId, answer, stamp);
        });
    }

    private void mayUpload(UUID id, String client) {
        uploadsPerClient.acquire(client).orThrow();
        uploadsPerDraft.acquire("draft." + id).orThrow();
        if (documents.of(id).size() >= maxDocuments) {
            throw InputRejected.of("document", "tooMany");
        }
    }

    @Transactional
    public void withdraw(UUID id, String reason) {
        change(id, (a, stamp) -> a.withdraw(reason, stamp));
    }

    /** The applicant's notices, newest first. */
    @Transactional(readOnly = true)
    public List<Notices.Notice> notices(UUID id) {
        load(id);
        return notices.of(id);
    }

    /** One notice of the applicant's own application (404 for any other), logged and marked read. */
    @Transactional
    public Notices.Notice notice(UUID id, UUID noticeId) {
        LicenceApplication application = load(id);
        Notices.Notice notice = notices.ofApplication(id, noticeId);
        notices.markRead(noticeId, clock.instant());
        access.allowedForApplicant(Action.VIEW, RegisterAccess.NOTICE, noticeId, application.reference().value());
        return notice;
    }

    @Transactional(readOnly = true)
    public Documents.StoredDocument document(UUID id, UUID documentId) {
        LicenceApplication application = load(id);
        Documents.StoredDocument document = documents.get(id, documentId)
                .orElseThrow(() -> new NotFound(RegisterAccess.DOCUMENT));
        access.allowedForApplicant(Action.VIEW, RegisterAccess.DOCUMENT, documentId, application.reference().value());
        return document;
    }

    private LicenceApplication load(UUID id) {
        return applications.byId(id).filter(a -> a.channel() == LicenceApplication.Channel.ONLINE)
                .orElseThrow(() -> new NotFound(RegisterAccess.APPLICATION));
    }

    private void change(UUID id, BiConsumer<LicenceApplication, Stamp> verb) {
        LicenceApplication application = load(id);
        Stamp stamp = Stamp.of(Stamp.APPLICANT, clock);
        verb.accept(application, stamp);
        applications.update(application, stamp.at());
        access.allowedForApplicant(Action.CHANGE, RegisterAccess.APPLICATION, id, application.reference().value());
    }
}
