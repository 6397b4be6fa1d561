package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.AdsImported;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns imported ads into leads about their advertisers: after each import ad intelligence commits, every new
 * snapshot in Fryslân joins the lead of its subject (network, else phone) or, when the subject has none and is
 * worth one, makes it ({@link SubjectLeads}). The whole import is one transaction (all or nothing).
 */
@Component
public class AdLeads {

    private static final Logger log = LoggerFactory.getLogger(AdLeads.class);

    /** What one import did to the worklist. */
    public record Outcome(int created, int refreshed, int routed, int alerts) {
    }

    private final ObjectProvider<AdSightings> sightings;
    private final SubjectLeads subjectLeads;
    /** Snapshots per set-based round (one set of look-ups and batched writes). */
    private final int batchSize;

    AdLeads(ObjectProvider<AdSightings> sightings, SubjectLeads subjectLeads,
            @Value("${ienline.supervision.ad-leads.batch-size:2000}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ienline.supervision.ad-leads.batch-size must be at least 1");
        }
        this.batchSize = batchSize;
        this.sightings = sightings;
        this.subjectLeads = subjectLeads;
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
     * The snapshots in Fryslân, {@link #batchSize} at a time. Snapshots of one subject may fall into two batches:
     * the second finds the lead the first made (its open lead) and adds to it.
     */
    @Transactional
    public Outcome process(List<AdSighting> snapshots) {
        List<SubjectLeads.Sighting> inFryslan = snapshots.stream()
                .filter(ad -> ad.municipality() != null && ad.licenceCheck() != AdLicenceCheck.OUTSIDE_FRYSLAN)
                .map(ad -> new SubjectLeads.Sighting(LeadSubject.ofAd(ad), LeadEvidence.of(ad))).toList();
        SubjectLeads.Outcome total = new SubjectLeads.Outcome(0, 0, 0, 0);
        for (int from = 0; from < inFryslan.size(); from += batchSize) {
            total = total.plus(subjectLeads.apply(inFryslan.subList(from, Math.min(from + batchSize, inFryslan.size()))));
        }
        return new Outcome(total.created(), total.refreshed(), total.routed(), total.alerts());
    }
}
