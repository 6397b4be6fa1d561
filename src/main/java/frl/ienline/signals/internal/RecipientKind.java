package frl.ienline.signals.internal;

/** Where a signal can be referred to (domain.md §5). */
public enum RecipientKind {
    POLICE_AVIM, COMENSHA, CARE_COORDINATOR, RIEC, MUNICIPALITY;

    /** CoMensha registers possible victims; non-police professionals need the person's consent or a reason. */
    public boolean needsConsentDecision() {
        return this == COMENSHA;
    }
}
