package frl.ienline.supervision.internal;

import frl.ienline.register.LicenceDecisionProposalDeclined;
import frl.ienline.register.LicenceDecisionTaken;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The register's side of the one ladder: its suspensions and revocations count as steps on the licence in the
 * region-wide history, and its answer to a proposal decides whether the proposing step counts (a declined proposal
 * is no step).
 */
@Component
class RegisterSteps {

    private final EnforcementStore steps;
    private final Clock clock;

    RegisterSteps(EnforcementStore steps, Clock clock) {
        this.steps = steps;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LicenceDecisionTaken decision) {
        steps.insertRegisterStep(decision.decisionId(), decision.licenceNumber(),
                MunicipalityCode.of(decision.municipality()), decision.decisionCode(), decision.decidedOn(),
                decision.sourceActionId(), clock.instant());
        if (decision.sourceActionId() != null) {
            steps.registerAnswered(decision.sourceActionId(), "ADOPTED");
        }
    }

    @ApplicationModuleListener
    void on(LicenceDecisionProposalDeclined declined) {
        steps.registerAnswered(declined.sourceActionId(), "DECLINED");
    }
}
