package frl.ienline.signals.internal;

import frl.ienline.shared.MunicipalityCode;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * What the signals module takes from the regional rulebook (adapter: {@link RulebookSignalRules}): the legal bases a share may rest on, the
 * retention of closed signals by outcome, and the municipalities of the region.
 */
public interface SignalRules {

    /** A legal basis from the rulebook; {@code requiresConsent}: only with the consent of the person concerned. */
    record LegalBasis(String code, String label, boolean requiresConsent) {
    }

    record Municipality(MunicipalityCode code, String name) {
    }

    List<LegalBasis> legalBases();

    /** How long after closure a signal with this outcome is kept. */
    Period retention(Outcome outcome);

    List<Municipality> municipalities();

    default Optional<LegalBasis> legalBasis(String code) {
        return legalBases().stream().filter(b -> b.code().equals(code)).findFirst();
    }

    default Optional<Municipality> municipality(MunicipalityCode code) {
        return municipalities().stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
