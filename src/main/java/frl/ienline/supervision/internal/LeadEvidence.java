package frl.ienline.supervision.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.AdSighting;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One ad as evidence of a lead: where it was seen, its licence status now, its indicators and identifiers, and
 * when it was first and last seen. Ids, codes and blind indexes only.
 *
 * @param licenceStatus the register's word for the licence number the ad shows when that is why it is not
 *                      licensed ({@code REVOKED}, {@code SUSPENDED}, {@code EXPIRED}), else {@code null}
 */
public record LeadEvidence(String adId, MunicipalityCode municipality, String networkId, AdLicenceCheck licenceCheck,
        String licenceStatus, List<String> indicatorCodes, Set<String> identifierIndexes, boolean newInTown,
        Instant firstSeenAt, Instant lastSeenAt) {

    public LeadEvidence {
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(licenceCheck, "licenceCheck");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        firstSeenAt = firstSeenAt == null ? lastSeenAt : firstSeenAt;
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        identifierIndexes = identifierIndexes == null ? Set.of() : Set.copyOf(identifierIndexes);
    }

    public static LeadEvidence of(AdSighting ad) {
        return new LeadEvidence(ad.adId(), ad.municipality(), ad.networkId(), ad.licenceCheck(), null,
                ad.indicatorCodes(), ad.identifierIndexes(), ad.newInTown(), ad.capturedAt(), ad.capturedAt());
    }
}
