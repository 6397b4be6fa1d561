package frl.ienline.register.internal;

import frl.ienline.shared.MunicipalityCode;
import java.util.Objects;

/**
 * What the licence is for: kind, municipality, trade name, premises (premises kinds only), the phone
 * number for ads, workrooms (premises kinds only) and the expected number of sex workers (a count only).
 */
public record Business(LicenceKind kind, MunicipalityCode municipality, String name, Address premises,
        AdPhoneNumber adPhone, Integer workrooms, int expectedSexWorkers) {

    public Business {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(municipality, "municipality");
        name = Texts.required(name, "business name", 200);
        Objects.requireNonNull(adPhone, "adPhone");
        if (kind.hasPremises()) {
            if (premises == null) {
                throw new IllegalArgumentException("A business with premises needs the premises address");
            }
            if (workrooms == null || workrooms < 1 || workrooms > 500) {
                throw new IllegalArgumentException("The number of workrooms must be between 1 and 500");
            }
        } else if (premises != null || (workrooms != null && workrooms != 0)) {
            throw new IllegalArgumentException("An escort business has no premises and no workrooms");
        }
        if (!kind.hasPremises()) {
            workrooms = null;
        }
        if (expectedSexWorkers < 0 || expectedSexWorkers > 1000) {
            throw new IllegalArgumentException("The expected number of sex workers must be between 0 and 1000");
        }
    }
}
