package frl.ienline.supervision.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.Objects;

/** An enforcement step taken earlier against the same subject, in any municipality of the region. */
public record PastStep(String stepCode, MunicipalityCode municipality, LocalDate decidedOn, String caseReference) {

    public PastStep {
        Objects.requireNonNull(stepCode, "stepCode");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
