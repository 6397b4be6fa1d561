package frl.ienline.supervision;

import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Past-tense facts of the supervision team's work that reporting may count: ids, codes, moments and the
 * municipality. Never a working name, a phone number, an address or a note. Published where the team's
 * work is stored, so every path (the worklist, an ad import, a bulk action) raises them.
 */
public sealed interface SupervisionFact {

    MunicipalityCode municipality();

    /** A lead entered the worklist; {@code source} is {@code AD}, {@code TIP}, {@code SIGNAL} or {@code MUNICIPALITY_REQUEST}. */
    record LeadRaised(UUID leadId, MunicipalityCode municipality, String source, Instant at) implements SupervisionFact {
        public LeadRaised {
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A lead was triaged: {@code outcome} {@code IN_CASE} (a case was opened or it joined one) or
     * {@code DISMISSED} with the rulebook's dismissal reason code.
     */
    record LeadTriaged(UUID leadId, MunicipalityCode municipality, String outcome, String reason, Instant at)
            implements SupervisionFact {
        public LeadTriaged {
            Objects.requireNonNull(leadId, "leadId");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A control's report was finished.
     *
     * @param kind        the control kind, e.g. {@code DECOY_APPOINTMENT}
     * @param outcome     the report's outcome code, e.g. {@code WARNING}
     * @param indicators  trafficking indicator codes found (the findings)
     * @param controlAt   when the control took place
     * @param firstLeadAt when the first lead of its case entered the worklist, {@code null} without a lead
     */
    record ControlReported(UUID controlId, UUID caseId, MunicipalityCode municipality, String kind, String outcome,
            List<String> indicators, Instant controlAt, Instant firstLeadAt) implements SupervisionFact {
        public ControlReported {
            Objects.requireNonNull(controlId, "controlId");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(controlAt, "controlAt");
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * A step of the enforcement ladder was decided, by the regional team ({@code byTeam}) or by a municipality's own
     * enforcement officer. {@code stepCode} is what was done, {@code proposedStepCode} what the ladder proposed; they
     * differ when the step deviated from the ladder, with the rulebook's {@code deviationReasonCode}.
     */
    record EnforcementStepDecided(UUID actionId, UUID caseId, MunicipalityCode municipality, String track,
            String stepCode, String proposedStepCode, String deviationReasonCode, boolean byTeam, LocalDate decidedOn)
            implements SupervisionFact {
        public EnforcementStepDecided {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(stepCode, "stepCode");
            Objects.requireNonNull(proposedStepCode, "proposedStepCode");
            Objects.requireNonNull(decidedOn, "decidedOn");
        }

        public boolean deviated() {
            return !stepCode.equals(proposedStepCode);
        }
    }

    /** A displacement alert: what an intervened case in {@code from} had turned up in {@code municipality}. */
    record DisplacementAlerted(UUID alertId, MunicipalityCode from, MunicipalityCode municipality, String matchKind,
            Instant at) implements SupervisionFact {
        public DisplacementAlerted {
            Objects.requireNonNull(alertId, "alertId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(matchKind, "matchKind");
            Objects.requireNonNull(at, "at");
        }
    }
}
