package frl.ienline.supervision.internal;

import frl.ienline.rulebook.EnforcementLadder;
import frl.ienline.rulebook.EnforcementStep;
import frl.ienline.rulebook.Track;
import frl.ienline.shared.InputRejected;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the ladder proposes for a subject: the step after the highest step already taken on the same
 * track, wherever in the region it was taken (uniformity: a second violation in another municipality is a
 * second violation). At the top of the ladder the last step is proposed again.
 *
 * @param basis       the earlier steps the proposal rests on, oldest first
 * @param endOfLadder true when the subject already reached the last step of the track
 */
public record LadderProposal(Track track, EnforcementStep proposed, List<PastStep> basis, boolean endOfLadder) {

    public LadderProposal {
        basis = List.copyOf(basis);
    }

    public static LadderProposal propose(EnforcementLadder ladder, Track track, List<PastStep> history) {
        List<EnforcementStep> steps = ladder.steps(track);
        List<PastStep> sorted = history.stream().sorted(Comparator.comparing(PastStep::decidedOn)).toList();
        int highest = sorted.stream().map(p -> ladder.step(p.stepCode())).flatMap(Optional::stream)
                .filter(s -> s.appliesTo(track)).mapToInt(EnforcementStep::order).max().orElse(0);
        Optional<EnforcementStep> next = steps.stream().filter(s -> s.order() > highest).findFirst();
        return new LadderProposal(track, next.orElse(steps.getLast()), sorted, next.isEmpty());
    }

    /**
     * The step actually taken: the proposal, or another step of the same track with a reason from the rulebook's
     * list of deviation reasons.
     *
     * @throws InputRejected when the step is unknown, of another track, or a deviation has no reason of the list
     */
    public EnforcementStep choose(EnforcementLadder ladder, String stepCode, String deviationReasonCode) {
        EnforcementStep chosen = stepCode == null || stepCode.isBlank() ? proposed
                : ladder.step(stepCode).orElseThrow(() -> InputRejected.of("step", "supervision.error.stepUnknown"));
        if (!chosen.appliesTo(track)) {
            throw InputRejected.of("step", "supervision.error.stepOtherTrack");
        }
        if (isDeviation(chosen) && (deviationReasonCode == null
                || ladder.deviationReason(deviationReasonCode.strip()).isEmpty())) {
            throw InputRejected.of("deviationReason", "supervision.error.deviationReason");
        }
        return chosen;
    }

    public boolean isDeviation(EnforcementStep chosen) {
        return !chosen.code().equals(proposed.code());
    }
}
