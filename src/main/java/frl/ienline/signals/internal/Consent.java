package frl.ienline.signals.internal;

/** For a CoMensha referral: the person consented, or consent is not needed (with the reason recorded). */
public enum Consent {
    GIVEN, NOT_NEEDED
}
