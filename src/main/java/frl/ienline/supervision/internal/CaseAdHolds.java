package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdHolds;
import frl.ienline.shared.NotFound;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps ads linked to a case out of ad intelligence's own retention ({@code AD_NOT_LINKED}) for as long as the
 * case exists; the case's retention ({@code SUPERVISION_CASE}) releases them.
 */
@Component
class CaseAdHolds {

    private final ObjectProvider<AdHolds> holds;

    CaseAdHolds(ObjectProvider<AdHolds> holds) {
        this.holds = holds;
    }

    static String reason(UUID caseId) {
        return "supervision-case:" + caseId;
    }

    void hold(String adId, UUID caseId) {
        AdHolds adintel = holds.getIfAvailable();
        if (adintel == null) {
            return;
        }
        try {
            adintel.hold(adId, reason(caseId));
        } catch (NotFound gone) {
            // the ad has already been deleted by ad intelligence: the case keeps only its id
        }
    }

    /** Releases every hold of these cases in one statement. */
    void releaseAll(java.util.Collection<UUID> caseIds) {
        AdHolds adintel = holds.getIfAvailable();
        if (adintel != null && !caseIds.isEmpty()) {
            adintel.releaseAll(caseIds.stream().map(CaseAdHolds::reason).toList());
        }
    }

    void release(String adId, UUID caseId) {
        AdHolds adintel = holds.getIfAvailable();
        if (adintel != null) {
            adintel.release(adId, reason(caseId));
        }
    }
}
