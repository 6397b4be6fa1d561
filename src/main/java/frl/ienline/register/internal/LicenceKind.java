package frl.ienline.register.internal;

import java.util.Locale;

/**
 * The kinds of sex business a licence is for. The code is part of the licence number; premises kinds have
 * an address and workrooms, an escort business has neither (the work happens elsewhere).
 */
public enum LicenceKind {
    /** seksinrichting / prostitutiebedrijf: club, privéhuis, massage salon, window premises */
    PB(true),
    /** escortbedrijf */
    EB(false),
    /** overig erotisch bedrijf: sex theatre, peep show */
    OE(true);

    private final boolean premises;

    LicenceKind(boolean premises) {
        this.premises = premises;
    }

    public boolean hasPremises() {
        return premises;
    }

    public String code() {
        return name();
    }

    public static LicenceKind of(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("No licence kind given");
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown licence kind: " + raw);
        }
    }
}
