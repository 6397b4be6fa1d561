package frl.ienline.register;

import java.util.UUID;

/**
 * The register's door for the enforcement ladder: a suspension or revocation step becomes a decision proposal for
 * the licensing officer of the licence's municipality, who decides it in the register.
 */
public interface LicenceDecisionProposals {

    /**
     * Files the proposal (once per source step) and answers its id.
     *
     * @throws frl.ienline.shared.InputRejected when the licence number is unknown or the licence cannot be
     *                                          suspended or revoked any more
     */
    UUID propose(ProposedLicenceDecision proposal);
}
