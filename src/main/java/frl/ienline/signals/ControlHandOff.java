package frl.ienline.signals;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What supervision hands over after a control that raised concerns: ids and indicator codes only, never
 * free text about the person (the inspector adds that in the signal itself, where it is encrypted).
 *
 * @param controlId    the control's id in the supervision module
 * @param municipality where the control took place
 * @param locationType the kind of place
 * @param observedOn   the date of the control
 * @param indicators   indicators observed
 * @param adIds        ads the control came from
 * @param networkIds   ad networks involved
 * @param caseIds      supervision cases
 * @param businessIds  licensed businesses involved
 */
public record ControlHandOff(String controlId, MunicipalityCode municipality, LocationType locationType,
        LocalDate observedOn, Set<IndicatorCode> indicators, List<String> adIds, List<String> networkIds,
        List<String> caseIds, List<String> businessIds) {

    public ControlHandOff {
        Objects.requireNonNull(controlId, "controlId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(locationType, "locationType");
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        adIds = adIds == null ? List.of() : List.copyOf(adIds);
        networkIds = networkIds == null ? List.of() : List.copyOf(networkIds);
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
        businessIds = businessIds == null ? List.of() : List.copyOf(businessIds);
    }
}
