package frl.ienline.register.internal;

import java.time.LocalDate;

/**
 * A refusal or revocation anywhere in the region, within the look-back, that concerns the same operator
 * or manager as an application (same name and date of birth, or the same KvK number).
 *
 * @param matchedName the operator or manager of the application it matched
 * @param reference   the application reference (refusal) or licence number (revocation)
 */
public record PriorAdverseDecision(Kind kind, String matchedName, String municipalityName, LocalDate on,
        String reference) {

    public enum Kind { REFUSAL, REVOCATION }
}
