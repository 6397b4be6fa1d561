package frl.ienline.rulebook;

/** The two tracks of the enforcement ladder. */
public enum Track {
    /** Sex work and sex businesses without a licence. */
    UNLICENSED,
    /** Licensed businesses that break the rules or their conditions. */
    LICENSED
}
