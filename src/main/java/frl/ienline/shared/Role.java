package frl.ienline.shared;

/** Staff roles. Each role belongs to one compartment; a user's roles never span the wall. */
public enum Role {
    LICENSING_OFFICER(Compartment.ENFORCEMENT),
    INSPECTOR(Compartment.ENFORCEMENT),
    TEAM_COORDINATOR(Compartment.ENFORCEMENT),
    RIEC_ANALYST(Compartment.ENFORCEMENT),
    POLICE_LIAISON(Compartment.ENFORCEMENT),
    POLICY_ADVISOR(Compartment.ENFORCEMENT),
    /** A municipality's own enforcement officer, outside the regional team: the same ladder (issue 13). */
    MUNICIPAL_ENFORCEMENT_OFFICER(Compartment.ENFORCEMENT),
    CARE_WORKER(Compartment.CARE),
    SOUNDING_BOARD_COORDINATOR(Compartment.CARE),
    FUNCTIONAL_ADMIN(Compartment.NONE),
    /** The access log of their own organisation and of their municipality's records (review M10). */
    PRIVACY_OFFICER(Compartment.NONE),
    /** The whole region's access log, for the regional privacy audit (review M10). */
    REGIONAL_AUDITOR(Compartment.NONE);

    private final Compartment compartment;

    Role(Compartment compartment) {
        this.compartment = compartment;
    }

    public Compartment compartment() {
        return compartment;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_INSPECTOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may never see anything of the support compartment (the wall). */
    public boolean isEnforcement() {
        return compartment == Compartment.ENFORCEMENT;
    }
}
