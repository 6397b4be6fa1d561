package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.AdsImported;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
    /** Snapshots per set-based round (one set of look-ups and batched writes). */
    private final int batchSize;

    AdLeads(ObjectProvider<AdSightings> sightings, SupervisionStore store, Displacements displacements,
            MunicipalityNotifications notifications, SupervisionAccess access, Clock clock,
            @Value("${ienline.supervision.ad-leads.batch-size:2000}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ienline.supervision.ad-leads.batch-size must be at least 1");
        }
        this.batchSize = batchSize;
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

    /**
     * Turns the snapshots into leads set-based, {@link #batchSize} snapshots at a time: per batch one query for
     * the networks and one for the identifiers met in intervened cases, one for the ads that already have a
     * lead, one JDBC batch of new leads and one of refreshes, and one statement each for the alerts and the
     * notifications — a handful of statements per batch instead of several per ad. Scores, the decision
     * whether an ad is worth a lead, routing and alerts are those of the one-ad-at-a-time rule. The whole
     * import is one transaction (all or nothing), as before.
     */
    @Transactional
    public Outcome process(List<AdSighting> snapshots) {
        List<AdSighting> inFryslan = snapshots.stream()
                .filter(ad -> ad.municipality() != null && ad.licenceCheck() != AdLicenceCheck.OUTSIDE_FRYSLAN)
                .toList();
        Set<MunicipalityCode> covered = mandate.participantsOn(LocalDate.now(clock));
        Outcome total = new Outcome(0, 0, 0, 0);
        for (int from = 0; from < inFryslan.size(); from += batchSize) {
            Outcome batch = processBatch(inFryslan.subList(from, Math.min(from + batchSize, inFryslan.size())), covered);
            total = new Outcome(total.created() + batch.created(), total.refreshed() + batch.refreshed(),
                    total.routed() + batch.routed(), total.alerts() + batch.alerts());
        }
        return total;
    }

    private Outcome processBatch(List<AdSighting> batch, Set<MunicipalityCode> covered) {
        Instant now = clock.instant();
        Set<String> networks = new HashSet<>();
        Set<String> identifiers = new HashSet<>();
        Set<String> adIds = new HashSet<>();
        for (AdSighting ad : batch) {
            if (ad.networkId() != null) {
                networks.add(ad.networkId());
            }
            identifiers.addAll(ad.identifierIndexes());
            adIds.add(ad.adId());
        }
        CaseLinks links = store.intervenedLinks(networks, identifiers);
        Map<String, UUID> leadOfAd = new HashMap<>(store.leadIdsByAd(adIds));

        List<SupervisionStore.AdLeadRow> created = new ArrayList<>();
        List<SupervisionStore.AdLeadRow> refreshed = new ArrayList<>();
        List<MunicipalityNotifications.Notice> routed = new ArrayList<>();
        List<Displacements.LeadLinks> toCheck = new ArrayList<>();
        for (AdSighting ad : batch) {
            List<CaseLinks.Link> linked = links.of(ad.networkId(), ad.identifierIndexes());
            LeadScore score = LeadScore.ofAd(ad.licenceCheck(), ad.indicatorCodes(), ad.newInTown(),
                    ad.networkId() != null, !linked.isEmpty());
            UUID leadId = leadOfAd.get(ad.adId());
            if (leadId != null) {
                refreshed.add(row(leadId, ad, score));
            } else if (LeadScore.worthALead(ad.licenceCheck(), score, ad.newInTown())) {
                leadId = UUID.randomUUID();
                leadOfAd.put(ad.adId(), leadId); // a later snapshot of the same ad in this import refreshes it
                created.add(row(leadId, ad, score));
                if (!covered.contains(ad.municipality())) {
                    routed.add(new MunicipalityNotifications.Notice(ad.municipality(), leadId));
                }
            } else {
                continue;
            }
            if (!linked.isEmpty()) { // an ad linked to no intervened case cannot raise an alert
                toCheck.add(new Displacements.LeadLinks(leadId, ad.municipality(), linked));
            }
        }
        store.insertAdLeads(created, now);
        store.refreshAdLeads(refreshed, now);
        notifications.notifyAll(MunicipalityNotifications.LEAD_OUTSIDE_MANDATE, routed);
        int alerts = displacements.checkLeads(toCheck);
        return new Outcome(created.size(), refreshed.size(), routed.size(), alerts);
    }

    private static SupervisionStore.AdLeadRow row(UUID leadId, AdSighting ad, LeadScore score) {
        return new SupervisionStore.AdLeadRow(leadId, ad.adId(), ad.municipality(), ad.networkId(),
                ad.licenceCheck().name(), ad.indicatorCodes(), ad.identifierIndexes(), ad.newInTown(), score);
    }
}
