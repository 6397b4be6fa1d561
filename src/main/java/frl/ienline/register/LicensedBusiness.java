package frl.ienline.register;

import frl.ienline.shared.MunicipalityCode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A licensed business as supervision needs it for an inspection: the business (no personal data of the
 * holder or managers), its status today and the conditions of its licence, which become the checklist.
 *
 * @param kind       the licence kind code ({@code PB}, {@code EB}, {@code OE})
 * @param conditions the conditions (voorschriften) of the licence, in order
 */
public record LicensedBusiness(UUID licenceId, String licenceNumber, String kind, MunicipalityCode municipality,
        String businessName, LicenceStatus status, List<String> conditions) {

    public LicensedBusiness {
        Objects.requireNonNull(licenceId, "licenceId");
        Objects.requireNonNull(licenceNumber, "licenceNumber");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(status, "status");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
