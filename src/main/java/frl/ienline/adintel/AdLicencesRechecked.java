package frl.ienline.adintel;

/**
 * The register changed a licence and ad intelligence re-checked the stored ads that show its number: their licence
 * status now follows the register. Codes and counts only; supervision asks {@link AdSightings#carryingLicence}.
 *
 * @param licenceStatus the register's status of the licence now ({@code VALID}, {@code SUSPENDED}, {@code REVOKED},
 *                      {@code EXPIRED}, {@code UNKNOWN})
 * @param adsChecked    ads whose latest snapshot shows the number
 * @param adsChanged    of those, ads whose licence status changed
 */
public record AdLicencesRechecked(String licenceNumber, String licenceStatus, int adsChecked, int adsChanged) {
}
