package frl.ienline.rulebook;

import frl.ienline.shared.MunicipalityCode;
import java.util.Objects;

/**
 * A maximum for one licence kind in one municipality: a number of licences, a number of workrooms, or both.
 *
 * @param maxLicences  at most this many licences of the kind, or {@code null}
 * @param maxWorkrooms at most this many workrooms in all licences of the kind together, or {@code null}
 * @param note         explanation (e.g. the concentration area), or {@code null}
 */
public record LicenceCap(MunicipalityCode municipality, Integer maxLicences, Integer maxWorkrooms, LocalizedText note) {

    public LicenceCap {
        Objects.requireNonNull(municipality, "municipality");
        if (maxLicences == null && maxWorkrooms == null) {
            throw new IllegalArgumentException("A cap needs maxLicences, maxWorkrooms or both");
        }
        if ((maxLicences != null && maxLicences < 0) || (maxWorkrooms != null && maxWorkrooms < 0)) {
            throw new IllegalArgumentException("A cap cannot be negative");
        }
    }
}
