package frl.ienline.adintel;

import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One ad snapshot as other modules (supervision) see it: ids, codes and keyed blind indexes only — no phone
 * numbers, e-mail addresses, names or ad text. Screens link to {@code /app/advertenties/{adId}} for the rest.
 *
 * @param adId              stable id of the ad (all snapshots of one source ad share it)
 * @param snapshotId        id of this snapshot
 * @param municipality      where the ad is, or {@code null} when outside Fryslân or unknown
 * @param capturedAt        capture time of this snapshot
 * @param licenceCheck      the ad's licence status at import
 * @param indicatorCodes    red-flag indicator codes found in the ad (e.g. {@code NEW_IN_TOWN})
 * @param networkId         stable id of the ad's network, or {@code null} when the ad is linked to nothing
 * @param clusterId         id of the ad's near-duplicate text cluster, or {@code null}
 * @param identifierIndexes keyed blind indexes of the phone numbers and e-mail addresses in the ad
 * @param newInTown         first appearance of this ad's phone numbers or network in this municipality
 */
public record AdSighting(String adId, String snapshotId, MunicipalityCode municipality, Instant capturedAt,
        AdLicenceCheck licenceCheck, List<String> indicatorCodes, String networkId, String clusterId,
        Set<String> identifierIndexes, boolean newInTown) {

    public AdSighting {
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(snapshotId, "snapshotId");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(licenceCheck, "licenceCheck");
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        identifierIndexes = identifierIndexes == null ? Set.of() : Set.copyOf(identifierIndexes);
    }
}
