package frl.ienline.register;

import java.util.Optional;

/**
 * Read access for supervision to one licence by its public number: the business, its status today and the
 * licence conditions (the inspection checklist). No personal data of holders or managers.
 */
public interface LicensedBusinesses {

    /** The licence with this number (as issued, e.g. {@code FRL-0080-PB-0012}), if it exists. */
    Optional<LicensedBusiness> byNumber(String licenceNumber);
}
