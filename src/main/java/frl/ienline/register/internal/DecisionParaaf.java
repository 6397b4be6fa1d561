package frl.ienline.register.internal;

import frl.ienline.register.internal.PendingDecisions.Pending;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on a licence decision (issue 17, ADR 0022). When the rulebook asks it ({@code fourEyes.licenceDecision}),
 * a decision an officer makes is only proposed; it takes effect (state DECIDED, licence, letter, register) when a
 * second officer with the municipality in scope approves it (paraaf). The proposer can never approve their own
 * proposal. The proposal and the paraaf are lines in the file's history; the paraaf is also an access-log entry.
 */
@Service
public class DecisionParaaf {

    /** What the officer's page shows about a waiting decision. */
    public record Proposal(Outcome outcome, List<String> conditions, String reason, String proposedBy,
            boolean mine) {
    }

    /** What happened with a decision: it took effect, or it waits for a second officer. */
    public enum Result { TOOK_EFFECT, WAITS_FOR_SECOND_OFFICER }

    private final LicenceApplications applications;
    private final PendingDecisions pending;
    private final LicensingRules rules;
    private final RegisterAccess access;
    private final Clock clock;

    DecisionParaaf(LicenceApplications applications, PendingDecisions pending, LicensingRules rules,
            RegisterAccess access, Clock clock) {
        this.applications = applications;
        this.pending = pending;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    /** Whether a decision taken today needs a second officer. */
    public boolean needsSecondOfficer() {
        return rules.decisionNeedsSecondOfficer(LocalDate.now(clock));
    }

    /** Decides, or (under four eyes) proposes the decision for a second officer's paraaf. */
    @Transactional
    public Result decide(UUID id, Outcome outcome, List<String> conditions, String reason) {
        if (!needsSecondOfficer()) {
            applications.decide(id, outcome, conditions, reason);
            return Result.TOOK_EFFECT;
        }
        applications.proposeDecision(id, outcome, conditions, reason);
        Actor actor = access.officer(Action.CHANGE, RegisterAccess.APPLICATION, id);
        pending.save(new Pending(id, outcome, conditions.stream().map(String::strip).filter(c -> !c.isEmpty())
                .toList(), reason, actor.username(), actor.id(), clock.instant()));
        return Result.WAITS_FOR_SECOND_OFFICER;
    }

    /** The waiting proposal of an application the officer may see, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Proposal> proposal(UUID id) {
        Actor actor = access.officer(Action.VIEW, RegisterAccess.APPLICATION, id);
        return pending.of(id).map(p -> new Proposal(p.outcome(), p.conditions(), p.reason(), p.proposedBy(),
                p.proposedById().equals(actor.id())));
    }

    /**
     * The second officer's paraaf: the proposed decision takes effect as proposed. Refused when there is nothing to
     * approve or when the approver proposed it.
     */
    @Transactional
    public Optional<String> approve(UUID id) {
        Actor actor = access.officer(Action.CHANGE, RegisterAccess.APPLICATION, id);
        applications.checkMayChange(id);
        Pending p = pending.of(id).orElseThrow(() -> new TransitionRefused("noPendingDecision"));
        if (p.proposedById().equals(actor.id())) {
            throw new TransitionRefused("secondOfficerMustDiffer");
        }
        applications.noteDecisionApproved(id, p.proposedBy());
        Optional<String> number = applications.decide(id, p.outcome(), p.conditions(), p.reason());
        pending.approved(id, actor.username(), clock.instant());
        access.allowed(Action.CHANGE, RegisterAccess.DECISION_APPROVAL, id, null);
        return number;
    }
}
