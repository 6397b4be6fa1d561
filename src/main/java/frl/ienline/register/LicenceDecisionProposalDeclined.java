package frl.ienline.register;

import java.util.UUID;

/** The licensing officer did not adopt a decision proposal: its step does not count on the ladder. */
public record LicenceDecisionProposalDeclined(UUID proposalId, UUID sourceActionId, String licenceNumber,
        String municipality) {
}
