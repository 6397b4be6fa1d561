package frl.ienline.rulebook;

import java.util.Set;

/**
 * Which weighty actions need a second person before they take effect (vier ogen, issue 17): the second person
 * approves what the first prepared, and can never be the same person. A version without this section asks it for
 * every action ({@link #everything}): a missing rule never lowers the bar.
 *
 * @param licenceDecision   granting or refusing a licence: paraaf by a second officer or mandate holder
 * @param licenceMeasure    adopting a proposal to suspend or revoke a licence
 * @param enforcementSteps  the codes of the enforcement steps that need a second person
 * @param controlReportLock locking the report of a control (which can only happen on or after the control's date)
 * @param policeShare       sharing a signal with the police
 */
public record FourEyes(boolean licenceDecision, boolean licenceMeasure, Set<String> enforcementSteps,
        boolean controlReportLock, boolean policeShare) {

    public FourEyes {
        enforcementSteps = enforcementSteps == null ? Set.of() : Set.copyOf(enforcementSteps);
    }

    /** What a version without the section means: today's policy (see the class comment). */
    public static FourEyes fallback(EnforcementLadder ladder) {
        return new FourEyes(true, true,
                Set.copyOf(ladder.steps().stream().map(EnforcementStep::code).toList()), false, true);
    }

    /** Whether taking this enforcement step needs a second person. */
    public boolean enforcementStep(String stepCode) {
        return enforcementSteps.contains(stepCode);
    }
}
