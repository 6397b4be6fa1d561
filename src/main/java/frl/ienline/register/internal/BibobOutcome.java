package frl.ienline.register.internal;

/** What the Bibob advice found (Wet Bibob art. 3) and what follows from it. */
public enum BibobOutcome {
    /** no danger: no consequence */
    NO_DANGER,
    /** a lesser degree of danger: grant only with conditions that address it */
    LESSER_DANGER,
    /** serious danger: the licence is refused */
    SERIOUS_DANGER
}
