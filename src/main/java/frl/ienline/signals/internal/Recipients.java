package frl.ienline.signals.internal;

import frl.ienline.shared.MunicipalityCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation code of each referral target, as the identity module knows them; a share to a
 * municipality goes to that municipality's organisation (its CBS code). Configurable per region.
 */
@Component
public class Recipients {

    private final String police;
    private final String comensha;
    private final String careCoordinator;
    private final String riec;

    Recipients(@Value("${ienline.signals.recipients.police-avim:POLITIE-NN}") String police,
            @Value("${ienline.signals.recipients.comensha:COMENSHA}") String comensha,
            @Value("${ienline.signals.recipients.care-coordinator:ZORGCOORDINATOR-MH-FRL}") String careCoordinator,
            @Value("${ienline.signals.recipients.riec:RIEC-NN}") String riec) {
        this.police = police;
        this.comensha = comensha;
        this.careCoordinator = careCoordinator;
        this.riec = riec;
    }

    public String organisation(RecipientKind kind, MunicipalityCode municipality) {
        return switch (kind) {
            case POLICE_AVIM -> police;
            case COMENSHA -> comensha;
            case CARE_COORDINATOR -> careCoordinator;
            case RIEC -> riec;
            case MUNICIPALITY -> {
                if (municipality == null) {
                    throw frl.ienline.shared.InputRejected.of("municipality", "Choose the municipality to refer to");
                }
                yield municipality.value();
            }
        };
    }
}
