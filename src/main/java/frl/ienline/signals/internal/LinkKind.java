package frl.ienline.signals.internal;

/** Records of other modules a signal points at, by id only. */
public enum LinkKind {
    AD, NETWORK, CASE, LICENSED_BUSINESS, CONTROL
}
