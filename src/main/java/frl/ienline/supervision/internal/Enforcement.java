package frl.ienline.supervision.internal;

import frl.ienline.supervision.SupervisionFact;
import frl.ienline.register.LicenceDecisionProposals;
import frl.ienline.register.ProposedLicenceDecision;
import frl.ienline.rulebook.DeviationReason;
import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.PenaltyAmount;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.NotFound;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one enforcement ladder, for the regional team and for a municipality's own enforcement officer alike:
 * proposes the next step for a person, business or network from its history anywhere in the region (the
 * register's suspensions and revocations included), records the step taken (a deviation only with a reason from
 * the rulebook's list, and reportable), computes its deadline and penalty from the rulebook of the day, prints
 * its letter, and turns a suspension or revocation of a licence into a decision proposal in the register.
 */
@Service
public class Enforcement {

    /**
     * A subject of a case that enforcement can be against, with its key in the region's history (as new steps store
     * it) and every key its earlier steps may be stored under (older blind index keys, the pre-kit form).
     */
    public record Subject(SubjectKind kind, String reference, String key, String label, LetterLanguage language,
            List<String> historyKeys) {

        Subject(SubjectKind kind, String reference, String key, String label, LetterLanguage language) {
            this(kind, reference, key, label, language, List.of(key));
        }
    }

    /** A subject with the ladder's proposal for it. */
    public record Proposal(Subject subject, LadderProposal ladder) {
    }

    /** Steps that the register decides: they become decision proposals for the licensing officer. */
    static final List<String> REGISTER_STEPS = List.of("SUSPENSION", "REVOCATION");

    private final CaseStore caseStore;
    private final ControlStore controlStore;
    private final EnforcementStore steps;
    private final SupervisionAccess access;
    private final CaseFiles cases;
    private final Rulebook rulebook;
    private final EnforcementLetters letters;
    private final SupervisionKeys keys;
    private final ObjectProvider<LicenceDecisionProposals> register;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Enforcement(CaseStore caseStore, ControlStore controlStore, EnforcementStore steps, SupervisionAccess access,
            CaseFiles cases, Rulebook rulebook, EnforcementLetters letters, SupervisionKeys keys,
            ObjectProvider<LicenceDecisionProposals> register, ApplicationEventPublisher events, java.time.Clock clock) {
        this.clock = clock;
        this.caseStore = caseStore;
        this.controlStore = controlStore;
        this.steps = steps;
        this.access = access;
        this.cases = cases;
        this.rulebook = rulebook;
        this.letters = letters;
        this.keys = keys;
        this.register = register;
        this.events = events;
    }

    /** The subjects of a case: persons met, licensed businesses and ad networks. */
    List<Subject> subjects(UUID caseId) {
        List<Subject> subjects = new ArrayList<>();
        caseStore.persons(caseId).forEach(p -> {
            String subjectKey = p.asPerson().subjectKey();
            subjects.add(new Subject(SubjectKind.PERSON, p.id().toString(), keys.personKey(subjectKey),
                    p.workingName(), LetterLanguage.forPerson(p.language()), keys.personKeys(subjectKey)));
        });
        caseStore.businesses(caseId).forEach(b -> subjects.add(new Subject(SubjectKind.BUSINESS, b.licenceNumber(),
                "licence:" + b.licenceNumber(), b.businessName(), LetterLanguage.NL)));
        caseStore.ads(caseId).stream().map(Rows.CaseAd::networkId).filter(Objects::nonNull).distinct()
                .forEach(n -> subjects.add(new Subject(SubjectKind.NETWORK, n, "network:" + n, n, LetterLanguage.NL)));
        return subjects;
    }

    /** The ladder's proposal for every subject of the case, from one look-up of all their histories. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Proposal> proposals(UUID caseId) {
        Actor actor = access.caseWorker(Action.VIEW, SupervisionAccess.CASE, caseId, "supervision-enforcement");
        cases.inMandate(actor, caseId, Action.VIEW, "supervision-enforcement");
        RulebookVersion version = rulebook.activeOn(access.today());
        List<Subject> subjects = subjects(caseId);
        Map<String, List<PastStep>> histories = steps.histories(subjects.stream()
                .flatMap(s -> s.historyKeys().stream()).toList());
        return subjects.stream().map(s -> new Proposal(s, LadderProposal.propose(version.enforcement(),
                s.kind().track(), historyOf(s, histories)))).toList();
    }

    private static List<PastStep> historyOf(Subject subject, Map<String, List<PastStep>> histories) {
        return subject.historyKeys().stream().flatMap(k -> histories.getOrDefault(k, List.of()).stream()).toList();
    }

    /** The rulebook's reasons for another step than the proposed one. */
    public List<DeviationReason> deviationReasons() {
        return rulebook.activeOn(access.today()).enforcement().deviationReasons();
    }

    /**
     * Takes a step against a subject of the case: the proposal, or another step with a reason from the rulebook's
     * list (and an optional note). A suspension or revocation of a licence goes to the register as a proposal.
     */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public UUID decide(UUID caseId, SubjectKind kind, String reference, String stepCode, String deviationReasonCode,
            String deviationNote, UUID controlId, String languageOverride) {
        Actor actor = access.caseWorker(Action.CREATE, SupervisionAccess.ACTION, null, "supervision-enforcement");
        Rows.Case caseFile = cases.inMandate(actor, caseId, Action.CHANGE, "supervision-enforcement");
        Case.of(caseFile).requireOpen();
        Subject subject = subjects(caseId).stream().filter(s -> s.kind() == kind && s.reference().equals(reference))
                .findFirst().orElseThrow(() -> InputRejected.of("subject", "supervision.error.subject"));
        if (controlId != null && controlStore.control(controlId).filter(c -> c.caseId().equals(caseId)).isEmpty()) {
            throw InputRejected.of("control", "supervision.error.required");
        }
        LocalDate today = access.today();
        RulebookVersion version = rulebook.activeOn(today);
        LadderProposal proposal = LadderProposal.propose(version.enforcement(), kind.track(),
                historyOf(subject, steps.histories(subject.historyKeys())));
        EnforcementStep step = proposal.choose(version.enforcement(), stepCode, deviationReasonCode);
        boolean deviation = proposal.isDeviation(step);
        String code = deviation ? deviationReasonCode.strip() : null;
        String note = deviation ? Inputs.optional(deviationNote, "deviationNote", 2000) : null;
        PenaltyAmount penalty = step.penalty(kind.offender()).orElse(null);
        LetterLanguage language = LetterLanguage.parse(languageOverride).orElse(subject.language());
        boolean byTeam = SupervisionAccess.isTeam(actor);
        UUID id = UUID.randomUUID();
        steps.insertAction(new Rows.EnforcementAction(id, caseId, controlId, kind, subject.key(), subject.label(),
                caseFile.municipality(), kind.track().name(), step.code(), proposal.proposed().code(), note,
                kind.offender().name(), penalty == null ? null : penalty.amount(),
                penalty == null ? null : penalty.maximum(), language, today, deadline(version, step, today),
                version.id(), actor.username(), code, byTeam, null, null));
        if (kind == SubjectKind.BUSINESS && REGISTER_STEPS.contains(step.code())) {
            LicenceDecisionProposals proposals = register.getObject();
            UUID proposalId = proposals.propose(new ProposedLicenceDecision(subject.reference(),
                    ProposedLicenceDecision.Kind.valueOf(step.code()), id, byTeam, code, version.id(), today));
            steps.proposedToRegister(id, proposalId);
        }
        events.publishEvent(new SupervisionFact.EnforcementStepDecided(id, caseId, caseFile.municipality(),
                kind.track().name(), step.code(), proposal.proposed().code(), code, byTeam, today));
        access.allowed(Action.CREATE, SupervisionAccess.ACTION, id, caseFile.reference(), "supervision-enforcement");
        return id;
    }

    /** The deadline of a step: the term for a view, or the grace period; none for the other steps. */
    static LocalDate deadline(RulebookVersion version, EnforcementStep step, LocalDate decidedOn) {
        Period term = step.viewTerm() != null ? step.viewTerm() : step.gracePeriod();
        return term == null ? null : version.procedure().deadline(decidedOn, term);
    }

    /** The letter of a step as PDF, in the language recorded with the step. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public byte[] letter(UUID actionId) {
        return letterFile(actionId).content();
    }

    /** The letter and its file name; the finding's date is the control's date when the step rests on one. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public EnforcementLetters.LetterPdf letterFile(UUID actionId) {
        Actor actor = access.caseWorker(Action.PRINT, SupervisionAccess.ACTION, actionId, "supervision-letter");
        Rows.EnforcementAction action = steps.action(actionId)
                .orElseThrow(() -> access.notFound(Action.PRINT, SupervisionAccess.ACTION, actionId, "supervision-letter"));
        Rows.Case caseFile = cases.inMandate(actor, action.caseId(), Action.PRINT, "supervision-letter");
        java.time.LocalDate found = action.controlId() == null ? action.decidedOn()
                : controlStore.control(action.controlId()).map(c -> c.plannedAt().atZone(clock.getZone()).toLocalDate())
                        .orElse(action.decidedOn());
        EnforcementLetters.LetterPdf pdf = letters.render(action, caseFile, found);
        access.allowed(Action.PRINT, SupervisionAccess.ACTION, actionId, caseFile.reference(), "supervision-letter");
        return pdf;
    }

    /** Deviations from the ladder where the actor works, newest first: reportable. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Rows.EnforcementAction> deviations() {
        Actor actor = access.caseWorker(Action.SEARCH, SupervisionAccess.ACTION, null, "supervision-deviations");
        List<Rows.EnforcementAction> list = steps.deviations(access.caseScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.ACTION, null, null, "supervision-deviations");
        return list;
    }

    /** Deadlines from today on where the actor works, soonest first. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Rows.EnforcementAction> deadlines() {
        Actor actor = access.caseWorker(Action.SEARCH, SupervisionAccess.ACTION, null, "supervision-deadlines");
        List<Rows.EnforcementAction> list = steps.deadlines(access.caseScope(actor), access.today());
        access.allowed(Action.SEARCH, SupervisionAccess.ACTION, null, null, "supervision-deadlines");
        return list;
    }
}
