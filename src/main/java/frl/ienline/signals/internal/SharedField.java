package frl.ienline.signals.internal;

/**
 * The parts of a signal that can be shared, chosen per recipient. The reference, state and dates of the
 * share itself always go along; nothing else does unless chosen.
 */
public enum SharedField {
    MUNICIPALITY, LOCATION_TYPE, LOCATION, OBSERVED, OBSERVATION, PERSONS, DESCRIPTORS, PHONES, INDICATORS,
    INDICATOR_NOTES, LINKS, ADDITIONS
}
