package frl.ienline.identity;

import frl.ienline.shared.MunicipalityCode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organisation staff work for. A municipality's code is its CBS code (e.g. {@code GM0080});
 * other organisations have a short upper-case code such as {@code RIEC-NN}.
 */
public record Organisation(String code, String name, OrganisationKind kind) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

    public Organisation {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Invalid organisation code: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An organisation needs a name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("An organisation needs a kind");
        }
        if (kind == OrganisationKind.MUNICIPALITY) {
            MunicipalityCode.of(code); // a municipality's code is its CBS code
        }
    }

    /** The municipality this organisation is, if it is one. */
    public Optional<MunicipalityCode> municipality() {
        return kind == OrganisationKind.MUNICIPALITY ? Optional.of(MunicipalityCode.of(code)) : Optional.empty();
    }
}
