package frl.ienline.adintel;

/**
 * Holds on ads linked to a case: a held ad is exempt from retention (rulebook category {@code AD_NOT_LINKED}).
 * Supervision sets a hold when it links an ad to a case and releases it when the case's own retention takes over.
 */
public interface AdHolds {

    /**
     * Holds an ad for a reason such as {@code supervision-case:<uuid>}; holding twice for one reason is a no-op.
     *
     * @throws frl.ienline.shared.NotFound when the ad does not exist (any more)
     */
    void hold(String adId, String reason);

    /** Releases the hold of that reason; unknown holds are ignored. */
    void release(String adId, String reason);

    /** Releases every hold with one of these reasons, on whichever ads, in one statement. */
    void releaseAll(java.util.Collection<String> reasons);

    /** Whether any hold is on the ad. */
    boolean isHeld(String adId);
}
