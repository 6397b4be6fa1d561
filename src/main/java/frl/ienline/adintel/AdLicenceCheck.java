package frl.ienline.adintel;

/** The licence status of one ad snapshot, as issue 4 defines it. */
public enum AdLicenceCheck {
    /** a valid licence number of the ad's municipality and the phone in the ad is the registered ad phone */
    LICENSED,
    /** a valid licence number, but another phone number or a licence of another municipality */
    LICENCE_MISMATCH,
    /** a licence number that is unknown, suspended, revoked or expired */
    INVALID_LICENCE,
    /** no licence number in the ad */
    NO_LICENCE_NUMBER,
    /** the ad is not in a Frisian municipality (or its place could not be found) */
    OUTSIDE_FRYSLAN;

    /** True when the ad is in Fryslân and shows no valid licence of its own: a lead for supervision. */
    public boolean isLead() {
        return this == LICENCE_MISMATCH || this == INVALID_LICENCE || this == NO_LICENCE_NUMBER;
    }
}
