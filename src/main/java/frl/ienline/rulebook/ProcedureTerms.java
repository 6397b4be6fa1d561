package frl.ienline.rulebook;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Terms of the licence procedure and of objection.
 *
 * @param weekendMovesDeadline      false: calendar days, weekends are not special; true: a term ending on a
 *                                  Saturday or Sunday moves to the Monday (Algemene termijnenwet; public
 *                                  holidays are not modelled)
 * @param bibobAdviceTerm           term of the Bibob advice (Landelijk Bureau Bibob)
 * @param bibobAdviceExtension      the one extension of the Bibob advice term
 * @param bibobSuspendsDecisionTerm the decision term stands still while a Bibob advice is pending
 * @param noLicenceWhenLate         a late decision does not grant the licence (no positive fictitious decision)
 * @param objectionPeriod           term for objection (bezwaar) after the decision is made known
 * @param repairTerm                term to complete an incomplete application
 * @param lookBack                  refusals and revocations this far back count in a new application
 * @param endOfExploitationNotice   term within which the operator reports the end of the business
 */
public record ProcedureTerms(boolean weekendMovesDeadline, Period bibobAdviceTerm, Period bibobAdviceExtension,
        boolean bibobSuspendsDecisionTerm, boolean noLicenceWhenLate, Period objectionPeriod, Period repairTerm,
        Period lookBack, Period endOfExploitationNotice) {

    public ProcedureTerms {
        Terms.requirePositive(bibobAdviceTerm, "bibobAdviceTerm");
        Terms.requirePositive(bibobAdviceExtension, "bibobAdviceExtension");
        Terms.requirePositive(objectionPeriod, "objectionPeriod");
        Terms.requirePositive(repairTerm, "repairTerm");
        Terms.requirePositive(lookBack, "lookBack");
        Terms.requirePositive(endOfExploitationNotice, "endOfExploitationNotice");
    }

    /**
     * The last day of a term that starts the day after {@code start} (Awb: a term starts the day after the
     * event), counted as this rulebook says.
     */
    public LocalDate deadline(LocalDate start, Period term) {
        Objects.requireNonNull(start, "start");
        LocalDate end = start.plus(Terms.requirePositive(term, "term"));
        if (weekendMovesDeadline) {
            if (end.getDayOfWeek() == DayOfWeek.SATURDAY) {
                end = end.plusDays(2);
            } else if (end.getDayOfWeek() == DayOfWeek.SUNDAY) {
                end = end.plusDays(1);
            }
        }
        return end;
    }
}
