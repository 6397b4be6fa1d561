package frl.ienline.adintel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Ad intelligence's door for supervision: what an import brought in, and where an identifier or network
 * has been seen. Answers carry ids, codes and blind indexes only. Reads of these sightings are not reads of
 * personal data (no identifier is readable); the ad pages that show identifiers log their own access.
 */
public interface AdSightings {

    /** Every snapshot that import stored (new snapshots only; a re-imported snapshot is not repeated). */
    List<AdSighting> ofImport(UUID importId);

    /** The latest snapshot of an ad. */
    Optional<AdSighting> latest(String adId);

    /** The latest snapshot of every ad that carries the identifier (a blind index from {@link AdSighting#identifierIndexes}). */
    List<AdSighting> sharing(String identifierIndex);

    /** The latest snapshot of every ad of the network. */
    List<AdSighting> ofNetwork(String networkId);

    /**
     * The latest snapshot of every ad whose latest snapshot shows this licence number, with the ad's licence status
     * as it is now (re-checked when the register changes), not as it was at import.
     */
    List<AdSighting> carryingLicence(String licenceNumber);

    /** The blind index ad intelligence uses for a phone number in E.164 (e.g. {@code +31612345678}). */
    String indexOfPhone(String phoneE164);
}
