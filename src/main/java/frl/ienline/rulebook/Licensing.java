package frl.ienline.rulebook;

import java.util.Objects;

/**
 * Rules for all licences.
 *
 * @param soloHomeWorkerExempt    a sex worker working alone from home needs no licence
 * @param adMustShowLicenceNumber every advertisement of a sex business shows its licence number
 */
public record Licensing(boolean soloHomeWorkerExempt, boolean adMustShowLicenceNumber, LicenceNumberFormat numberFormat) {

    public Licensing {
        Objects.requireNonNull(numberFormat, "numberFormat");
    }
}
