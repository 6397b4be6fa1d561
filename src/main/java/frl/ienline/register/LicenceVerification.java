package frl.ienline.register;

/**
 * Checks a licence number as an ad shows it: its status today and whether a phone number is the one the
 * business registered for its ads. Answers from memory (a snapshot refreshed on every change), so ad
 * intelligence can call it for every ad. Reveals no personal data and never the registered number.
 */
public interface LicenceVerification {

    /** The status today; {@link LicenceStatus#UNKNOWN} for a number that was never issued or is malformed. */
    LicenceStatus status(String licenceNumber);

    /**
     * Whether {@code phoneE164} (e.g. {@code +31612345678}) is the registered ad phone number of the
     * licence. False for an unknown licence.
     */
    boolean matchesAdPhone(String licenceNumber, String phoneE164);
}
