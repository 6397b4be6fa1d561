package frl.ienline.register;

/** What a licence number means today, as the public register and ad intelligence see it. */
public enum LicenceStatus {
    VALID("geldig"),
    SUSPENDED("geschorst"),
    REVOKED("ingetrokken"),
    /** past its validity, or lapsed because the exploitation ended */
    EXPIRED("verlopen"),
    UNKNOWN("onbekend");

    private final String dutch;

    LicenceStatus(String dutch) {
        this.dutch = dutch;
    }

    /** The value in the public API ({@code geldig}, {@code geschorst}, …). */
    public String dutch() {
        return dutch;
    }
}
