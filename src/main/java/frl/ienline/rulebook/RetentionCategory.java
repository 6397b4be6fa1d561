package frl.ienline.rulebook;

/** Kinds of data with their own retention period; every category must be in every rulebook version. */
public enum RetentionCategory {
    LICENCE_APPLICATION_REFUSED,
    LICENCE_ENDED,
    AD_NOT_LINKED,
    SUPERVISION_CASE,
    SIGNAL_SUBSTANTIATED,
    SIGNAL_NOT_SUBSTANTIATED,
    SUPPORT_ALERT,
    ACCESS_LOG
}
