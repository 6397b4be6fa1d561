package frl.ienline.supervision;

import java.util.UUID;

/**
 * A network, phone or person seen in an intervened case turned up in another municipality.
 *
 * @param matchKind {@code NETWORK}, {@code PHONE} or {@code PERSON}
 */
public record DisplacementAlertRaised(UUID alertId, String matchKind, String fromMunicipality, String toMunicipality) {
}
