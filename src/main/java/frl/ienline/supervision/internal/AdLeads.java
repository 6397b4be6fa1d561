package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.AdsImported;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns imported ads into leads: after each import ad intelligence commits, every new snapshot in Fryslân
 * without a valid licence of its own, with a high indicator score or new in town becomes a lead (or
 * refreshes the ad's lead). Leads outside the mandate are routed to the municipality's contact; every lead
 * is checked for displacement.
 */
@Component
public class AdLeads {

    private static final Logger log = LoggerFactory.getLogger(AdLeads.class);

    /** What one import did to the worklist. */
    public record Outcome(int created, int refreshed, int routed, int alerts) {
    }

    private final ObjectProvider<AdSightings> sightings;
    private final SupervisionStore store;
    private final Displacements displacements;
    private final MunicipalityNotifications notifications;
    private final Mandate mandate;
    private final Clock clock;

    AdLeads(ObjectProvider<AdSightings> sightings, SupervisionStore store, Displacements displacements,
            MunicipalityNotifications notifications, SupervisionAccess access, Clock clock) {
        this.sightings = sightings;
        this.store = store;
        this.displacements = displacements;
        this.notifications = notifications;
        this.mandate = access.mandate();
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AdsImported imported) {
        Outcome outcome = process(imported.importId());
        log.info("Ads import processed: {} lead(s) created, {} refreshed, {} routed, {} displacement alert(s)",
                outcome.created(), outcome.refreshed(), outcome.routed(), outcome.alerts());
    }

    @Transactional
    public Outcome process(UUID importId) {
        AdSightings adintel = sightings.getIfAvailable();
        if (adintel == null) {
            return new Outcome(0, 0, 0, 0);
        }
        return process(adintel.ofImport(importId));
    }

    @Transactional
    public Outcome process(List<AdSighting> snapshots) {
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
        return new Outcome(created, refreshed, routed, alerts);
    }
}
