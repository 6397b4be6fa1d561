package frl.ienline.register.internal;

import frl.ienline.register.LicenceStatus;

/** What staff see of one licence: the aggregate, its status today and whether the viewer may change it. */
public record LicenceFile(Licence licence, LicenceStatus status, boolean editable, String municipalityName) {
}
