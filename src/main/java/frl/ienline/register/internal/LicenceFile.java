package frl.ienline.register.internal;

import frl.ienline.register.LicenceStatus;

/**
 * What staff see of one licence: the aggregate, its status today, whether the viewer may change it, and
 * whether the licence lies in the viewer's scope — only then are the managers' birth dates shown (M11).
 */
public record LicenceFile(Licence licence, LicenceStatus status, boolean editable, String municipalityName,
        boolean inScope) {
}
