package frl.ienline.supervision.internal;

/** The apparent age of a person met, as a band: never a date of birth. */
public enum AgeBand {
    UNDER_18, FROM_18_TO_20, FROM_21_TO_25, FROM_26_TO_35, FROM_36_TO_50, OVER_50, UNKNOWN
}
