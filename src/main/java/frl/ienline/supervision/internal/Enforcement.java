package frl.ienline.supervision.internal;

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
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one enforcement ladder: proposes the next step for a person, business or network from its history
 * anywhere in the region, records the step taken (a deviation only with a reason, and reportable), computes
 * its deadline and penalty from the rulebook of the day, and prints its letter.
 */
@Service
public class Enforcement {

    /** A subject of a case that enforcement can be against, with its key in the region's history. */
    public record Subject(SubjectKind kind, String reference, String key, String label, LetterLanguage language) {
    }

    /** A subject with the ladder's proposal for it. */
    public record Proposal(Subject subject, LadderProposal ladder) {
    }

    private final CaseStore caseStore;
    private final ControlStore controlStore;
    private final EnforcementStore steps;
    private final SupervisionAccess access;
    private final CaseFiles cases;
    private final Rulebook rulebook;
    private final EnforcementLetters letters;
    private final SupervisionCipher cipher;

    Enforcement(CaseStore caseStore, ControlStore controlStore, EnforcementStore steps, SupervisionAccess access, CaseFiles cases, Rulebook rulebook,
            EnforcementLetters letters, SupervisionCipher cipher) {
        this.cipher = cipher;
        this.caseStore = caseStore;
        this.controlStore = controlStore;
        this.steps = steps;
        this.access = access;
        this.cases = cases;
        this.rulebook = rulebook;
        this.letters = letters;
    }

    /** The subjects of a case: persons met, licensed businesses and ad networks. */
    List<Subject> subjects(UUID caseId) {
        List<Subject> subjects = new java.util.ArrayList<>();
        caseStore.persons(caseId).forEach(p -> subjects.add(new Subject(SubjectKind.PERSON, p.id().toString(),
                "person:" + cipher.blindIndex(p.asPerson().subjectKey()), p.workingName(),
                LetterLanguage.forPerson(p.language()))));
        caseStore.businesses(caseId).forEach(b -> subjects.add(new Subject(SubjectKind.BUSINESS, b.licenceNumber(),
                "licence:" + b.licenceNumber(), b.businessName(), LetterLanguage.NL)));
        caseStore.ads(caseId).stream().map(Rows.CaseAd::networkId).filter(java.util.Objects::nonNull).distinct()
                .forEach(n -> subjects.add(new Subject(SubjectKind.NETWORK, n, "network:" + n, n, LetterLanguage.NL)));
        return subjects;
    }

    /** The ladder's proposal for every subject of the case. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Proposal> proposals(UUID caseId) {
        Actor actor = access.team(Action.VIEW, SupervisionAccess.CASE, caseId, "supervision-enforcement");
        cases.inMandate(actor, caseId, Action.VIEW, "supervision-enforcement");
        RulebookVersion version = rulebook.activeOn(access.today());
        return subjects(caseId).stream().map(s -> new Proposal(s, LadderProposal.propose(version.enforcement(),
                s.kind().track(), steps.history(s.kind(), s.key())))).toList();
    }

    /** Takes a step against a subject of the case: the proposal, or another step with a recorded reason. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public UUID decide(UUID caseId, SubjectKind kind, String reference, String stepCode, String deviationReason,
            UUID controlId, String languageOverride) {
        Actor actor = access.team(Action.CREATE, SupervisionAccess.ACTION, null, "supervision-enforcement");
        Rows.Case caseFile = cases.inMandate(actor, caseId, Action.CHANGE, "supervision-enforcement");
        Subject subject = subjects(caseId).stream().filter(s -> s.kind() == kind && s.reference().equals(reference))
                .findFirst().orElseThrow(() -> InputRejected.of("subject", "supervision.error.subject"));
        if (controlId != null && controlStore.control(controlId).filter(c -> c.caseId().equals(caseId)).isEmpty()) {
            throw InputRejected.of("control", "supervision.error.required");
        }
        LocalDate today = access.today();
        RulebookVersion version = rulebook.activeOn(today);
        LadderProposal proposal = LadderProposal.propose(version.enforcement(), kind.track(),
                steps.history(kind, subject.key()));
        EnforcementStep step = proposal.choose(version.enforcement(), stepCode, deviationReason);
        String reason = proposal.isDeviation(step) ? Inputs.required(deviationReason, "deviationReason", 2000) : null;
        PenaltyAmount penalty = step.penalty(kind.offender()).orElse(null);
        LetterLanguage language = LetterLanguage.parse(languageOverride).orElse(subject.language());
        UUID id = UUID.randomUUID();
        steps.insertAction(new Rows.EnforcementAction(id, caseId, controlId, kind, subject.key(), subject.label(),
                caseFile.municipality(), kind.track().name(), step.code(), proposal.proposed().code(), reason,
                kind.offender().name(), penalty == null ? null : penalty.amount(),
                penalty == null ? null : penalty.maximum(), language, today, deadline(version, step, today),
                version.id(), actor.username()));
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
        Actor actor = access.team(Action.PRINT, SupervisionAccess.ACTION, actionId, "supervision-letter");
        Rows.EnforcementAction action = steps.action(actionId)
                .orElseThrow(() -> access.notFound(Action.PRINT, SupervisionAccess.ACTION, actionId, "supervision-letter"));
        Rows.Case caseFile = cases.inMandate(actor, action.caseId(), Action.PRINT, "supervision-letter");
        byte[] pdf = letters.render(action, caseFile);
        access.allowed(Action.PRINT, SupervisionAccess.ACTION, actionId, caseFile.reference(), "supervision-letter");
        return pdf;
    }

    /** Deviations from the ladder within the mandate, newest first: reportable. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Rows.EnforcementAction> deviations() {
        Actor actor = access.team(Action.SEARCH, SupervisionAccess.ACTION, null, "supervision-deviations");
        List<Rows.EnforcementAction> list = steps.deviations(access.mandateScope(actor));
        access.allowed(Action.SEARCH, SupervisionAccess.ACTION, null, null, "supervision-deviations");
        return list;
    }

    /** Deadlines from today on within the mandate, soonest first. */
    @Transactional(noRollbackFor = {AccessDeniedException.class, NotFound.class})
    public List<Rows.EnforcementAction> deadlines() {
        Actor actor = access.team(Action.SEARCH, SupervisionAccess.ACTION, null, "supervision-deadlines");
        List<Rows.EnforcementAction> list = steps.deadlines(access.mandateScope(actor), access.today());
        access.allowed(Action.SEARCH, SupervisionAccess.ACTION, null, null, "supervision-deadlines");
        return list;
    }
}
