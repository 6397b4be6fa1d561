package frl.ienline.signals.internal;

/** Who brought the signal in: partner staff, a supervision control, or the anonymous public form. */
public enum Source {
    STAFF, CONTROL, PUBLIC
}
