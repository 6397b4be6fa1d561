package frl.ienline.rulebook;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The enforcement ladder (handhavingsarrangement): the same steps in the same order everywhere, and the reasons
 * that allow another step than the proposed one.
 */
public record EnforcementLadder(List<EnforcementStep> steps, List<DeviationReason> deviationReasons) {

    public EnforcementLadder {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("The enforcement ladder needs at least one step");
        }
        steps = steps.stream().sorted(Comparator.comparingInt(EnforcementStep::order)).toList();
        deviationReasons = deviationReasons == null ? List.of() : List.copyOf(deviationReasons);
        if (deviationReasons.stream().map(DeviationReason::code).distinct().count() != deviationReasons.size()) {
            throw new IllegalArgumentException("Deviation reason codes must be unique");
        }
    }

    /** A ladder without deviation reasons: every step must then be the proposed one. */
    public EnforcementLadder(List<EnforcementStep> steps) {
        this(steps, List.of());
    }

    public Optional<DeviationReason> deviationReason(String code) {
        return deviationReasons.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public Optional<EnforcementStep> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The steps of one track, in order. */
    public List<EnforcementStep> steps(Track track) {
        return steps.stream().filter(s -> s.appliesTo(track)).toList();
    }
}
