package frl.ienline.register.internal;

/** The decision on an application. */
public enum Outcome {
    GRANTED, GRANTED_WITH_CONDITIONS, REFUSED,
    /** buiten behandeling gelaten: not completed within the repair term (Awb 4:5) */
    NOT_CONSIDERED;

    public boolean grants() {
        return this == GRANTED || this == GRANTED_WITH_CONDITIONS;
    }
}
