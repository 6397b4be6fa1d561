package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.register.LicenceStatus;
import frl.ienline.register.LicenceVerification;
import frl.ienline.rulebook.LicenceNumberFormat;
import frl.ienline.rulebook.LicenceNumberMatch;
import frl.ienline.shared.MunicipalityCode;
import java.util.Collection;
import java.util.Optional;

/**
 * The licence status of an ad (issue 4): licensed when a valid licence number of the ad's own municipality
 * is shown with the phone number registered for its ads; a mismatch when a valid number comes with another
 * phone or belongs to another municipality (the number carries the municipality); invalid when every number
 * is unknown, suspended, revoked or expired; no number; or outside Fryslân when the ad's place is not known
 * to be in a Frisian municipality.
 */
public final class LicenceChecks {

    private final LicenceVerification verification;

    public LicenceChecks(LicenceVerification verification) {
        this.verification = verification;
    }

    public AdLicenceCheck check(MunicipalityCode adMunicipality, Collection<String> licenceNumbers,
            Collection<String> phones, LicenceNumberFormat format) {
        if (adMunicipality == null) {
            return AdLicenceCheck.OUTSIDE_FRYSLAN;
        }
        if (licenceNumbers.isEmpty()) {
            return AdLicenceCheck.NO_LICENCE_NUMBER;
        }
        boolean anyValid = false;
        for (String number : licenceNumbers) {
            if (verification.status(number) != LicenceStatus.VALID) {
                continue;
            }
            anyValid = true;
            Optional<MunicipalityCode> ofNumber = format.parse(number).map(LicenceNumberMatch::municipality);
            boolean ownMunicipality = ofNumber.map(adMunicipality::equals).orElse(false);
            if (ownMunicipality && phones.stream().anyMatch(phone -> verification.matchesAdPhone(number, phone))) {
                return AdLicenceCheck.LICENSED;
            }
        }
        return anyValid ? AdLicenceCheck.LICENCE_MISMATCH : AdLicenceCheck.INVALID_LICENCE;
    }
}
