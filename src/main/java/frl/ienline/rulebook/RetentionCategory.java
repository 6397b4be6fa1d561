package frl.ienline.rulebook;

/**
 * Kinds of data with their own retention period; every category must be in every rulebook version, except the
 * {@linkplain #optional() optional} ones added after versions had been published.
 */
public enum RetentionCategory {
    LICENCE_APPLICATION_REFUSED,
    LICENCE_ENDED,
    AD_NOT_LINKED,
    SUPERVISION_CASE,
    SIGNAL_SUBSTANTIATED,
    SIGNAL_NOT_SUBSTANTIATED,
    SUPPORT_ALERT,
    ACCESS_LOG,
    /**
     * Care workers' contacts with sex workers (support, M16). Since 2027.6; an older version has none, and then
     * contacts are kept as they were before (nothing is deleted).
     */
    SUPPORT_CARE_CONTACT;

    /** May a version leave this category out? (Only categories added after versions were published.) */
    public boolean optional() {
        return this == SUPPORT_CARE_CONTACT;
    }
}
