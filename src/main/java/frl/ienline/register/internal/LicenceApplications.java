package frl.ienline.register.internal;

import frl.ienline.register.LicenceRegisterChanged;
import frl.ienline.register.internal.LicensingRules.KindTerms;
import frl.ienline.register.internal.LicensingRules.ProcedureTerms;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side of applications: the worklist, the regional overview, one file, paper registration,
 * and every step of the procedure up to the decision (which creates the licence). Reading is regional but
 * reduced outside the officer's municipalities (no Bibob, documents, birth dates or reasons: M11); changing
 * needs the file's municipality in the officer's scope, checked in the query.
 */
@Service
public class LicenceApplications {

    private final Applications applications;
    private final Licences licences;
    private final Documents documents;
    private final ApplicantContacts contacts;
    private final Notices notices;
    private final LicenceNumbers numbers;
    private final LicensingRules rules;
    private final RegisterAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LicenceApplications(Applications applications, Licences licences, Documents documents, ApplicantContacts contacts,
            Notices notices, LicenceNumbers numbers,
            LicensingRules rules, RegisterAccess access, ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.licences = licences;
        this.documents = documents;
        this.contacts = contacts;
        this.notices = notices;
        this.numbers = numbers;
        this.rules = rules;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** Undecided applications of the officer's municipalities, most urgent first. */
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist() {
        Actor actor = access.officer(Action.SEARCH, RegisterAccess.APPLICATION, "worklist");
        LocalDate today = LocalDate.now(clock);
        boolean weekendMoves = rules.procedure(today).weekendMovesDeadline();
        List<WorklistItem> items = new ArrayList<>();
        for (LicenceApplication a : applications.pendingIn(actor.scope().municipalityValues())) {
            items.add(new WorklistItem(a.id(), a.reference().value(), a.business().name(),
                    rules.municipalityName(a.municipality()), a.business().kind(), a.state(), a.receivedOn(),
                    a.decisionDeadline(today, weekendMoves), a.repairDeadline(),
                    a.state() == ApplicationState.BIBOB_ADVICE_REQUESTED
                            ? a.bibobAdviceDue() : null, a.state() == ApplicationState.HEARING ? a.viewDueOn() : null));
        }
        items.sort(Comparator.comparing((WorklistItem i) -> !i.deadline().overdue())
                .thenComparing(i -> i.deadline().due()));
        access.allowed(Action.SEARCH, RegisterAccess.APPLICATION, "worklist", null);
        return items;
    }

    /** Every received application in the region, read-only for those outside the officer's scope. */
    @Transactional(readOnly = true)
    public List<Applications.ApplicationSummary> regional(String municipality, String state) {
        access.officer(Action.SEARCH, RegisterAccess.APPLICATION, "regional");
        String m;
        String s;
        try {
            m = municipality == null || municipality.isBlank() ? null : MunicipalityCode.of(municipality).value();
            s = state == null || state.isBlank() ? null : ApplicationState.valueOf(state).name();
        } catch (IllegalArgumentException e) {
            throw frl.ienline.shared.InputRejected.of("filter", "unknown municipality or state");
        }
        List<Applications.ApplicationSummary> result = applications.summaries(m, s);
        access.allowed(Action.SEARCH, RegisterAccess.APPLICATION, "regional", null);
        return result;
    }

    /**
     * One received file as the officer may see it: complete in the own municipalities, reduced elsewhere in the
     * region (M11). Either way one VIEW entry.
     */
    @Transactional(readOnly = true)
    public FileView view(UUID id) {
        Actor actor = access.officer(Action.VIEW, RegisterAccess.APPLICATION, id);
        LicenceApplication application = received(id);
        access.allowed(Action.VIEW, RegisterAccess.APPLICATION, id, application.reference().value(),
                application.municipality());
        if (actor.scope().covers(application.municipality())) {
            return complete(application);
        }
        return ReducedFile.of(application, rules.municipalityName(application.municipality()),
                licenceNumber(application));
    }

    /** The complete file, for an officer of its municipality; other officers are refused (403, logged). */
    @Transactional(readOnly = true)
    public ApplicationFile file(UUID id) {
        Actor actor = access.officer(Action.VIEW, RegisterAccess.APPLICATION, id);
        LicenceApplication application = received(id);
        if (!actor.scope().covers(application.municipality())) {
            throw access.deny(Action.VIEW, RegisterAccess.APPLICATION, id);
        }
        access.allowed(Action.VIEW, RegisterAccess.APPLICATION, id, application.reference().value(),
                application.municipality());
        return complete(application);
    }

    private LicenceApplication received(UUID id) {
        return applications.byId(id).filter(a -> a.state() != ApplicationState.DRAFT)
                .orElseThrow(() -> new NotFound(RegisterAccess.APPLICATION));
    }

    private String licenceNumber(LicenceApplication application) {
        return application.licenceId() == null ? null
                : licences.byId(application.licenceId()).map(Licence::number).orElse(null);
    }

    private ApplicationFile complete(LicenceApplication application) {
        LocalDate today = LocalDate.now(clock);
        List<DecisionCheck> checks = application.decision() != null ? application.decision().checks()
                : application.state() == ApplicationState.IN_ASSESSMENT
                || application.state() == ApplicationState.HEARING
                        ? checksFor(application, today) : List.of();
        return new ApplicationFile(application,
                application.decisionDeadline(today, rules.procedure(today).weekendMovesDeadline()),
                documents.of(application.id()), true, checks, licenceNumber(application),
                rules.municipalityName(application.municipality()),
                rules.kind(application.business().kind(), today).standardConditions(), contact(application),
                notices.of(application.id()));
    }

    /** The contact details for the complete file; reading them is a VIEW of its own in the access log. */
    private ContactDetails contact(LicenceApplication application) {
        ContactDetails contact = contacts.of(application.id()).orElse(null);
        if (contact != null) {
            access.allowed(Action.VIEW, RegisterAccess.CONTACT, application.id(), application.reference().value(),
                    application.municipality());
        }
        return contact;
    }

    /** A document of a received file in the officer's own municipalities; a draft's documents never (M11). */
    @Transactional(readOnly = true)
    public Documents.StoredDocument document(UUID applicationId, UUID documentId) {
        Actor actor = access.officer(Action.VIEW, RegisterAccess.DOCUMENT, documentId);
        LicenceApplication application = applications.byId(applicationId)
                .filter(a -> a.state() != ApplicationState.DRAFT)
                .orElseThrow(() -> new NotFound(RegisterAccess.DOCUMENT));
        if (!actor.scope().covers(application.municipality())) {
            throw access.deny(Action.VIEW, RegisterAccess.DOCUMENT, documentId);
        }
        Documents.StoredDocument document = documents.get(applicationId, documentId)
                .orElseThrow(() -> new NotFound(RegisterAccess.DOCUMENT));
        access.allowed(Action.VIEW, RegisterAccess.DOCUMENT, documentId, application.reference().value(),
                application.municipality());
        return document;
    }

    // ---------------------------------------------------------------- guards the web layer asks first (D12)

    /**
     * Whether the signed-in user may change this file (a licensing officer whose scope holds its municipality),
     * asked before any input is read or any upload parsed: 403 with a DENIED entry, or 404. Changes check again.
     */
    @Transactional(readOnly = true)
    public void checkMayChange(UUID id) {
        inScope(access.officer(Action.CHANGE, RegisterAccess.APPLICATION, id), id);
    }

    /**
     * Whether the signed-in user may register a paper application, and in {@code municipality} when the form
     * names one that can be read: asked before the rest of the form is validated.
     */
    public void checkMayRegisterPaper(String municipality) {
        Actor actor = access.officer(Action.CREATE, RegisterAccess.APPLICATION, "paper");
        MunicipalityCode code;
        try {
            code = municipality == null || municipality.isBlank() ? null : MunicipalityCode.of(municipality);
        } catch (IllegalArgumentException unreadable) {
            return; // the form reports it
        }
        if (code != null && !actor.scope().covers(code)) {
            throw access.deny(Action.CREATE, RegisterAccess.APPLICATION, code);
        }
    }

    // ---------------------------------------------------------------- registering

    /** Registers an application received on paper in a municipality of the officer's scope. */
    @Transactional
    public UUID registerPaper(Business business, Operator operator, List<Person> managers, LocalDate receivedOn) {
        return registerPaper(business, null, operator, managers, receivedOn);
    }

    /** Registers a paper application with the applicant's contact details ({@code null}: not known). */
    @Transactional
    public UUID registerPaper(Business business, ContactDetails contact, Operator operator, List<Person> managers,
            LocalDate receivedOn) {
        Actor actor = access.officer(Action.CREATE, RegisterAccess.APPLICATION, business.municipality());
        if (!actor.scope().covers(business.municipality())) {
            throw access.deny(Action.CREATE, RegisterAccess.APPLICATION, business.municipality());
        }
        Stamp stamp = Stamp.of(actor.username(), clock);
        ApplicationReference reference = newReference();
        KindTerms terms = rules.kind(business.kind(), receivedOn);
        LicenceApplication application = LicenceApplication.registerPaper(UUID.randomUUID(), reference, business,
                operator, managers, receivedOn, terms, stamp);
        if (contact != null) {
            application.noteContactSaved(stamp);
        }
        applications.insert(application, stamp.at());
        if (contact != null) {
            contacts.save(application.id(), contact, stamp.by(), stamp.at());
        }
        receipt(application, stamp);
        access.allowed(Action.CREATE, RegisterAccess.APPLICATION, application.id(), reference.value());
        return application.id();
    }

    /** Adds a document; the file is inspected (and parsed) only once role and scope allow the change (D12). */
    @Transactional
    public void addDocument(UUID id, DocumentKind kind, String fileName, byte[] content) {
        edit(id, (application, stamp) -> {
            UploadInspector.CleanDocument clean = UploadInspector.inspect(content);
            application.noteDocumentAdded(kind.name(), stamp);
            documents.insert(UUID.randomUUID(), id, kind, UploadInspector.safeFileName(fileName, clean.mediaType()),
                    clean.mediaType(), clean.content(), null, stamp.at(), stamp.by());
        });
    }

    ApplicationReference newReference() {
        for (int attempt = 0; attempt < 20; attempt++) {
            ApplicationReference candidate = ApplicationReference.random(random);
            if (!applications.referenceTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free application reference found");
    }

    // ---------------------------------------------------------------- the procedure

    @Transactional
    public void requestInformation(UUID id, String what) {
        edit(id, (a, stamp) -> {
            a.requestInformation(UUID.randomUUID(), what, procedure(stamp).repairDays(), stamp);
            notices.issue(a, NoticeKind.INFORMATION_REQUESTED, null, stamp.at(), what, a.repairDeadline());
        });
    }

    @Transactional
    public void startAssessment(UUID id) {
        edit(id, (a, stamp) -> a.startAssessment(stamp));
    }

    @Transactional
    public void extendDecisionTerm(UUID id, String reason) {
        edit(id, (a, stamp) -> {
            a.extendDecisionTerm(reason, stamp);
            notices.issue(a, NoticeKind.TERM_EXTENDED, null, stamp.at(), due(a, stamp));
        });
    }

    @Transactional
    public void requestBibobAdvice(UUID id, String reason) {
        edit(id, (a, stamp) -> {
            a.requestBibobAdvice(procedure(stamp).bibobAdviceDays(), reason, stamp);
            notices.issue(a, NoticeKind.TERM_SUSPENDED_BIBOB, null, stamp.at(), a.bibobAdviceDue());
        });
    }

    @Transactional
    public void extendBibobAdvice(UUID id, String reason) {
        edit(id, (a, stamp) -> a.extendBibobAdvice(procedure(stamp).bibobExtensionDays(), reason, stamp));
    }

    @Transactional
    public void recordBibobAdvice(UUID id, BibobOutcome outcome, String summary) {
        edit(id, (a, stamp) -> a.recordBibobAdvice(outcome, summary, stamp));
    }

    @Transactional
    public void inviteView(UUID id, LocalDate dueOn, String reason) {
        edit(id, (a, stamp) -> a.inviteView(dueOn, reason, stamp));
    }

    @Transactional
    public void recordView(UUID id, String summary) {
        edit(id, (a, stamp) -> a.recordView(summary, stamp));
    }

    @Transactional
    public void resumeAssessment(UUID id) {
        edit(id, (a, stamp) -> a.resumeAssessment(stamp));
    }

    @Transactional
    public void declineToConsider(UUID id, String reason) {
        edit(id, (a, stamp) -> {
            a.declineToConsider(reason, rules.versionId(stamp.on()), procedure(stamp).objectionDays(), stamp);
            decisionNotice(a, null, stamp);
        });
    }

    /** Decides with the checks as they stand today; a grant creates the licence with the next number. */
    @Transactional
    public Optional<String> decide(UUID id, Outcome outcome, List<String> conditions, String reason) {
        String[] number = new String[1];
        edit(id, (a, stamp) -> {
            List<DecisionCheck> checks = checksFor(a, stamp.on());
            UUID licenceId = outcome != null && outcome.grants() ? UUID.randomUUID() : null;
            a.decide(outcome, conditions, reason, checks, rules.versionId(stamp.on()), procedure(stamp).objectionDays(),
                    licenceId, stamp);
            if (licenceId != null) {
                KindTerms terms = rules.kind(a.business().kind(), stamp.on());
                number[0] = numbers.next(a.municipality(), a.business().kind());
                Licence licence = Licence.grant(licenceId, number[0], a, terms, stamp);
                licences.insert(licence, stamp.at());
                access.allowed(Action.CREATE, RegisterAccess.LICENCE, licenceId, a.reference().value());
            }
            decisionNotice(a, number[0], stamp);
        });
        if (number[0] != null) {
            events.publishEvent(new LicenceRegisterChanged(number[0]));
        }
        return Optional.ofNullable(number[0]);
    }

    /**
     * Four eyes (issue 17, ADR 0022): the decision's guards are checked as if deciding now, nothing is decided, and
     * the proposal is noted in the history; {@link DecisionParaaf} keeps it until a second officer approves.
     */
    void proposeDecision(UUID id, Outcome outcome, List<String> conditions, String reason) {
        Actor actor = access.officer(Action.CHANGE, RegisterAccess.APPLICATION, id);
        LicenceApplication dryRun = inScope(actor, id);
        Stamp now = Stamp.of(actor.username(), clock);
        dryRun.decide(outcome, conditions, reason, checksFor(dryRun, now.on()), rules.versionId(now.on()),
                procedure(now).objectionDays(), outcome != null && outcome.grants() ? UUID.randomUUID() : null, now);
        edit(id, (a, stamp) -> a.noteDecisionProposed(outcome, reason, stamp));
    }

    /** Four eyes: the second officer's paraaf, noted in the history just before the decision it lets take effect. */
    void noteDecisionApproved(UUID id, String proposedBy) {
        edit(id, (a, stamp) -> a.noteDecisionApproved(proposedBy, stamp));
    }

    @Transactional
    public void lodgeObjection(UUID id, String reason) {
        edit(id, (a, stamp) -> a.lodgeObjection(reason, stamp));
    }

    @Transactional
    public void finalise(UUID id, String reason) {
        edit(id, (a, stamp) -> a.finalise(reason, stamp));
    }

    @Transactional
    public void withdraw(UUID id, String reason) {
        edit(id, (a, stamp) -> a.withdraw(reason, stamp));
    }

    /** The daily job: decisions whose objection window closed without an objection become final. */
    @Transactional
    public int finaliseClosedObjectionWindows() {
        int count = 0;
        for (UUID id : applications.objectionWindowClosed(LocalDate.now(clock))) {
            LicenceApplication application = applications.byId(id).orElseThrow();
            Stamp stamp = Stamp.of(Stamp.SYSTEM, clock);
            application.finalise(null, stamp);
            applications.update(application, stamp.at());
            count++;
        }
        return count;
    }

    /** The checks as they would be on {@code on}: ages, cap, regional history, Bibob. */
    List<DecisionCheck> checksFor(LicenceApplication a, LocalDate on) {
        KindTerms terms = rules.kind(a.business().kind(), on);
        ProcedureTerms procedure = rules.procedure(on);
        int[] inForce = licences.inForce(a.municipality(), a.business().kind(), on);
        Map<String, String> names = new HashMap<>();
        List<String> kvks = new ArrayList<>();
        if (a.operator().isPerson()) {
            names.put(a.operator().asPerson().matchKey(), a.operator().name());
        }
        if (a.operator().kvk() != null) {
            kvks.add(a.operator().kvk().value());
            names.put("kvk:" + a.operator().kvk().value(), a.operator().name() + " (KvK " + a.operator().kvk() + ")");
        }
        a.managers().forEach(m -> names.put(m.matchKey(), m.name()));
        List<Person> persons = new ArrayList<>(a.managers());
        if (a.operator().isPerson()) {
            persons.add(a.operator().asPerson());
        }
        List<PriorAdverseDecision> priors = applications
                .adverseDecisionsRegionWide(persons, kvks, on.minus(procedure.lookBack()), a.id()).stream()
                .map(m -> new PriorAdverseDecision(m.kind(), names.getOrDefault(m.key(), m.key()),
                        rules.municipalityName(MunicipalityCode.of(m.municipality())), m.on(), m.reference()))
                .toList();
        return DecisionChecker.check(a, on, terms, rules.cap(a.municipality(), a.business().kind(), on), inForce[0],
                inForce[1], priors, procedure.lookBackYears(), rules.municipalityName(a.municipality()));
    }

    /** The receipt notice with the decision deadline as it stands on receipt. */
    void receipt(LicenceApplication a, Stamp stamp) {
        notices.issue(a, NoticeKind.RECEIPT, null, stamp.at(), a.receivedOn(), due(a, stamp));
    }

    private void decisionNotice(LicenceApplication a, String licenceNumber, Stamp stamp) {
        notices.issue(a, NoticeKind.DECISION, a.decision().outcome().name(), stamp.at(), licenceNumber,
                a.decision().objectionDeadline());
    }

    private LocalDate due(LicenceApplication a, Stamp stamp) {
        return a.decisionDeadline(stamp.on(), procedure(stamp).weekendMovesDeadline()).due();
    }

    private ProcedureTerms procedure(Stamp stamp) {
        return rules.procedure(stamp.on());
    }

    /**
     * Loads the application only if it lies in the officer's scope (in SQL), applies the verb and saves.
     * Outside the scope: 403 and a DENIED entry in the access log; unknown: 404.
     */
    private void edit(UUID id, BiConsumer<LicenceApplication, Stamp> verb) {
        Actor actor = access.officer(Action.CHANGE, RegisterAccess.APPLICATION, id);
        LicenceApplication application = inScope(actor, id);
        Stamp stamp = Stamp.of(actor.username(), clock);
        verb.accept(application, stamp);
        applications.update(application, stamp.at());
        access.allowed(Action.CHANGE, RegisterAccess.APPLICATION, id, application.reference().value(),
                application.municipality());
    }

    private LicenceApplication inScope(Actor actor, UUID id) {
        return applications.byIdInScope(id, actor.scope().municipalityValues()).orElseGet(() -> {
            if (applications.exists(id)) {
                throw access.deny(Action.CHANGE, RegisterAccess.APPLICATION, id);
            }
            throw new NotFound(RegisterAccess.APPLICATION);
        });
    }
}
