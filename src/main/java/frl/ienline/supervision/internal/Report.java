package frl.ienline.supervision.internal;

import frl.ienline.signals.IndicatorCode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structured report of a control: the checklist (ID seen, age 21+, who brought the worker, the
 * landlord, working conditions, the trafficking indicators, and for a licensed business each licence
 * condition), free observations, the outcome and whether care was offered and accepted.
 *
 * @param checklistResults one answer per checklist item of the control, in order: MET, NOT_MET or NOT_CHECKED
 */
public record Report(Answer idSeen, Answer age21Plus, String broughtBy, String landlord, String workingConditions,
        Set<IndicatorCode> indicators, List<String> checklistResults, String observations, Outcome outcome,
        boolean careOffered, boolean careAccepted) {

    public enum Answer { YES, NO, UNKNOWN }

    public enum Outcome { NO_VIOLATION, INSTRUCTED_TO_STOP, WARNING, ENFORCEMENT_REPORT, SIGNAL }

    public static final List<String> CHECKLIST_ANSWERS = List.of("MET", "NOT_MET", "NOT_CHECKED");

    public Report {
        Objects.requireNonNull(idSeen, "idSeen");
        Objects.requireNonNull(age21Plus, "age21Plus");
        Objects.requireNonNull(outcome, "outcome");
        broughtBy = Inputs.optional(broughtBy, "broughtBy", 500);
        landlord = Inputs.optional(landlord, "landlord", 500);
        workingConditions = Inputs.optional(workingConditions, "workingConditions", 2000);
        observations = Inputs.optional(observations, "observations", 5000);
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        checklistResults = checklistResults == null ? List.of() : List.copyOf(checklistResults);
        if (!CHECKLIST_ANSWERS.containsAll(checklistResults)) {
            throw new IllegalArgumentException("Unknown checklist answer");
        }
        if (careAccepted && !careOffered) {
            throw frl.ienline.shared.InputRejected.of("careAccepted", "supervision.error.careAccepted");
        }
    }

    public List<IndicatorCode> sortedIndicators() {
        return List.copyOf(new TreeSet<>(indicators));
    }

    public boolean hasIndicators() {
        return !indicators.isEmpty();
    }
}
