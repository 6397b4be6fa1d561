package frl.ienline.register.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The decision on an application, with what it rested on: the checks shown to the officer at the time and
 * the id of the rulebook version in force. The objection window closes on {@code objectionDeadline}.
 */
public record Decision(Outcome outcome, LocalDate decidedOn, String decidedBy, String reason, List<String> conditions,
        List<DecisionCheck> checks, String rulebookVersion, LocalDate objectionDeadline) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(decidedBy, "decidedBy");
        reason = Texts.required(reason, "reason of the decision", 8000);
        conditions = conditions.stream().map(c -> Texts.required(c, "condition", 1000)).toList();
        checks = List.copyOf(checks);
        Objects.requireNonNull(rulebookVersion, "rulebookVersion");
        Objects.requireNonNull(objectionDeadline, "objectionDeadline");
    }
}
