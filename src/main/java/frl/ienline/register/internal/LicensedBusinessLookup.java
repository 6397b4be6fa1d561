package frl.ienline.register.internal;

import frl.ienline.register.LicensedBusiness;
import frl.ienline.register.LicensedBusinesses;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LicensedBusinesses} on the licences table; the caller (supervision) logs its own reads. */
@Component
class LicensedBusinessLookup implements LicensedBusinesses {

    private final Licences licences;
    private final Clock clock;

    LicensedBusinessLookup(Licences licences, Clock clock) {
        this.licences = licences;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LicensedBusiness> byNumber(String licenceNumber) {
        if (licenceNumber == null || licenceNumber.isBlank()) {
            return Optional.empty();
        }
        return licences.byNumber(licenceNumber.strip().toUpperCase(Locale.ROOT))
                .map(l -> new LicensedBusiness(l.id(), l.number(), l.kind().name(), l.municipality(),
                        l.business().name(), l.status(LocalDate.now(clock)), l.conditions()));
    }
}
