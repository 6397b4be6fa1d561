package frl.ienline.rulebook;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The enforcement ladder (handhavingsarrangement): the same steps in the same order everywhere. */
public record EnforcementLadder(List<EnforcementStep> steps) {

    public EnforcementLadder {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("The enforcement ladder needs at least one step");
        }
        steps = steps.stream().sorted(Comparator.comparingInt(EnforcementStep::order)).toList();
    }

    public Optional<EnforcementStep> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The steps of one track, in order. */
    public List<EnforcementStep> steps(Track track) {
        return steps.stream().filter(s -> s.appliesTo(track)).toList();
    }
}
