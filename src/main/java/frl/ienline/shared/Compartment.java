package frl.ienline.shared;

/**
 * The two sides of the house. Enforcement (licensing, supervision, signals) and care (support for sex
 * workers) never read each other's data: the wall.
 */
public enum Compartment {
    ENFORCEMENT, CARE, NONE
}
