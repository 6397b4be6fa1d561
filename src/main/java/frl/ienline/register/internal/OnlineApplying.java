package frl.ienline.register.internal;

import frl.ienline.shared.AccessEvent.Action;
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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

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
            List<Documents.DocumentInfo> documents, String municipalityName) {
    }

    private final Applications applications;
    private final Documents documents;
    private final LicensingRules rules;
    private final LicenceApplications officers;
    private final RegisterAccess access;
    private final RateLimiter limiter;
    private final Clock clock;
    private final int perReference;
    private final int perClient;
    private final SecureRandom random = new SecureRandom();

    OnlineApplying(Applications applications, Documents documents, LicensingRules rules, LicenceApplications officers,
            RegisterAccess access, RateLimiter limiter, Clock clock,
            @Value("${ienline.register.follow-up-login.per-reference:5}") int perReference,
            @Value("${ienline.register.follow-up-login.per-client:20}") int perClient) {
        this.applications = applications;
        this.documents = documents;
        this.rules = rules;
        this.officers = officers;
        this.access = access;
        this.limiter = limiter;
        this.clock = clock;
        this.perReference = perReference;
        this.perClient = perClient;
    }

    @Transactional
    public Started start() {
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
        if (!limiter.tryAcquire("follow-up-client:" + clientKey, perClient, Duration.ofMinutes(15))
                || !limiter.tryAcquire("follow-up-ref:" + normalised, perReference, Duration.ofMinutes(15))) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts");
        }
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
        limiter.reset("follow-up-ref:" + normalised);
        access.allowedForApplicant(Action.VIEW, RegisterAccess.APPLICATION, found.get().id(), normalised);
        return Optional.of(found.get().id());
    }

    /**
     * The applicant's own file. Not logged per page (L5): an applicant's access is logged once a session, when
     * the draft is created or the applicant signs in with reference and code; document downloads are logged.
     */
    @Transactional(readOnly = true)
    public ApplicantView view(UUID id) {
        LicenceApplication application = load(id);
        LocalDate today = LocalDate.now(clock);
        return new ApplicantView(application,
                application.decisionDeadline(today, rules.procedure(today).weekendMovesDeadline()), documents.of(id),
                application.municipality() == null ? null : rules.municipalityName(application.municipality()));
    }

    @Transactional
    public void saveBusiness(UUID id, Business business) {
        change(id, (a, stamp) -> a.describeBusiness(business, stamp));
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
            a.submit(rules.kind(a.business().kind(), stamp.on()), stamp);
        });
    }

    @Transactional
    public void addDocument(UUID id, DocumentKind kind, String fileName, byte[] content) {
        UploadInspector.CleanDocument clean = UploadInspector.inspect(content);
        change(id, (a, stamp) -> {
            a.noteDocumentAdded(kind.name(), stamp);
            documents.insert(UUID.randomUUID(), id, kind, UploadInspector.safeFileName(fileName, clean.mediaType()),
                    clean.mediaType(), clean.content(), null, stamp.at(), Stamp.APPLICANT);
        });
    }

    /** Answers a request for information, optionally with a document that belongs to the answer. */
    @Transactional
    public void answer(UUID id, UUID requestId, String answer, DocumentKind kind, String fileName, byte[] content) {
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

    @Transactional
    public void withdraw(UUID id, String reason) {
        change(id, (a, stamp) -> a.withdraw(reason, stamp));
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
