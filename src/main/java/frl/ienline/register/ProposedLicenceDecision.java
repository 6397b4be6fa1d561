package frl.ienline.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A suspension or revocation the enforcement ladder proposes for a licence, for the licensing officer of its
 * municipality to decide. Ids and codes only.
 *
 * @param sourceActionId      the enforcement step it comes from (one proposal per step)
 * @param byTeam              proposed by the regional team, else by the municipality's own enforcement officer
 * @param deviationReasonCode the rulebook's deviation reason when the step is not the one the ladder proposed
 */
public record ProposedLicenceDecision(String licenceNumber, Kind kind, UUID sourceActionId, boolean byTeam,
        String deviationReasonCode, String rulebookVersion, LocalDate proposedOn) {

    public enum Kind { SUSPENSION, REVOCATION }

    public ProposedLicenceDecision {
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceActionId, "sourceActionId");
        Objects.requireNonNull(rulebookVersion, "rulebookVersion");
        Objects.requireNonNull(proposedOn, "proposedOn");
    }
}
