package frl.ienline.identity;

import java.util.Locale;

/** What kind of body an organisation is; decides nothing on its own (roles and scope do). */
public enum OrganisationKind {
    MUNICIPALITY, RIEC, POLICE, GGD, CARE, SDF;

    /** The value stored in the database, e.g. {@code municipality}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrganisationKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
