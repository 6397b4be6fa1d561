package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdLicencesRechecked;
import frl.ienline.adintel.AdSighting;
import frl.ienline.adintel.AdSightings;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When ad intelligence has re-checked the ads that show a licence number after a change in the register, their
 * subjects' leads follow: an ad that is now unlicensed makes or refreshes its subject's lead, with "advertises with
 * a revoked (or suspended) licence" as a reason of its own; an ad that is licensed again re-scores its lead lower.
 * Set-based, through {@link SubjectLeads}.
 */
@Component
class AdsFollowTheRegister {

    /** The register's words for a licence that no longer makes an ad licensed, kept with the evidence. */
    static final Set<String> ENDED = Set.of("SUSPENDED", "REVOKED", "EXPIRED");

    private final ObjectProvider<AdSightings> sightings;
    private final SubjectLeads subjectLeads;

    AdsFollowTheRegister(ObjectProvider<AdSightings> sightings, SubjectLeads subjectLeads) {
        this.sightings = sightings;
        this.subjectLeads = subjectLeads;
    }

    @ApplicationModuleListener
    void on(AdLicencesRechecked rechecked) {
        follow(rechecked.licenceNumber(), rechecked.licenceStatus());
    }

    @Transactional
    public SubjectLeads.Outcome follow(String licenceNumber, String licenceStatus) {
        AdSightings adintel = sightings.getIfAvailable();
        if (adintel == null) {
            return new SubjectLeads.Outcome(0, 0, 0, 0);
        }
        String status = ENDED.contains(licenceStatus) ? licenceStatus : null;
        List<AdSighting> ads = adintel.carryingLicence(licenceNumber).stream()
                .filter(ad -> ad.municipality() != null && ad.licenceCheck() != AdLicenceCheck.OUTSIDE_FRYSLAN)
                .toList();
        return subjectLeads.apply(ads.stream().map(ad -> {
            LeadEvidence plain = LeadEvidence.of(ad);
            LeadEvidence evidence = status == null || ad.licenceCheck() == AdLicenceCheck.LICENSED ? plain
                    : new LeadEvidence(plain.adId(), plain.municipality(), plain.networkId(), plain.licenceCheck(),
                            status, plain.indicatorCodes(), plain.identifierIndexes(), plain.newInTown(),
                            plain.firstSeenAt(), plain.lastSeenAt());
            return new SubjectLeads.Sighting(LeadSubject.ofAd(ad), evidence);
        }).toList());
    }
}
