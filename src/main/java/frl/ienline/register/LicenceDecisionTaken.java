package frl.ienline.register;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The register decided against a licence: a suspension or revocation (proposed by the ladder or the officer's own),
 * which counts as a step in the region-wide history the enforcement ladder proposes from. Ids and codes only.
 *
 * @param decisionCode     {@code SUSPENSION} or {@code REVOCATION} (the ladder's step codes)
 * @param proposalId       the decision proposal it adopts, or {@code null} for the officer's own decision
 * @param sourceActionId   the enforcement step the proposal came from, or {@code null}
 */
public record LicenceDecisionTaken(UUID decisionId, String licenceNumber, String municipality, String decisionCode,
        LocalDate decidedOn, UUID proposalId, UUID sourceActionId) {
}
