package frl.ienline.register.internal;

/**
 * The stored state of a licence. Expiry is not stored: it follows from the validity and the clock, see
 * {@link Licence#status(java.time.LocalDate)}.
 */
public enum LicenceState {
    ACTIVE,
    /** suspended until a date; active again after it */
    SUSPENDED,
    REVOKED,
    /** the exploitation ended (reported by the operator) */
    LAPSED
}
