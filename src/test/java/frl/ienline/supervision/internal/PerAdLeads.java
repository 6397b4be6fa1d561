package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one-ad-at-a-time rule {@link AdLeads} followed before it became set-based, kept word for word as the
 * oracle the set-based path is compared with (same leads, scores, routing and alerts) and as the baseline
 * of the statement count and the timing. Not used by the application.
 */
final class PerAdLeads {

    private final SupervisionStore store;
    private final Displacements displacements;
    private final MunicipalityNotifications notifications;
    private final Mandate mandate;
    private final Clock clock;

    PerAdLeads(SupervisionStore store, Displacements displacements, MunicipalityNotifications notifications,
            Mandate mandate, Clock clock) {
        this.store = store;
        this.displacements = displacements;
        this.notifications = notifications;
        this.mandate = mandate;
        this.clock = clock;
    }

    AdLeads.Outcome process(List<AdSighting> snapshots) {
        int created = 0;
        int refreshed = 0;
        int routed = 0;
        int alerts = 0;
        LocalDate today = LocalDate.now(clock);
        for (AdSighting ad : snapshots) {
            if (ad.municipality() == null || ad.licenceCheck() == AdLicenceCheck.OUTSIDE_FRYSLAN) {
                continue;
            }
            boolean seenInCase = (ad.networkId() != null && !store.intervenedCasesWithNetwork(ad.networkId()).isEmpty())
                    || ad.identifierIndexes().stream().anyMatch(i -> !store.intervenedCasesWithIdentifier(i).isEmpty());
            LeadScore score = LeadScore.ofAd(ad.licenceCheck(), ad.indicatorCodes(), ad.newInTown(),
                    ad.networkId() != null, seenInCase);
            Optional<Rows.Lead> existing = store.leadByAd(ad.adId());
            UUID leadId;
            if (existing.isPresent()) {
                leadId = existing.get().id();
                store.refreshAdLead(leadId, ad.municipality(), ad.networkId(), ad.licenceCheck().name(),
                        ad.indicatorCodes(), ad.identifierIndexes(), ad.newInTown(), score, clock.instant());
                refreshed++;
            } else if (LeadScore.worthALead(ad.licenceCheck(), score, ad.newInTown())) {
                leadId = UUID.randomUUID();
                store.insertLead(leadId, LeadSource.AD, ad.municipality(), ad.adId(), ad.networkId(),
                        ad.licenceCheck().name(), ad.indicatorCodes(), ad.identifierIndexes(), ad.newInTown(), null,
                        score, clock.instant());
                created++;
                if (!mandate.covers(ad.municipality(), today)) {
                    notifications.notify(ad.municipality(), MunicipalityNotifications.LEAD_OUTSIDE_MANDATE, leadId);
                    routed++;
                }
            } else {
                continue;
            }
            alerts += displacements.checkLead(leadId, ad.municipality(), ad.networkId(), ad.identifierIndexes());
        }
        return new AdLeads.Outcome(created, refreshed, routed, alerts);
    }
}
