package frl.ienline.register.internal;

import java.util.List;

/**
 * What an officer sees of one application: the aggregate, its deadline today, the documents, whether the
 * officer may change it (own municipality), the decision-time checks as they stand, and the licence
 * number once granted.
 */
public record ApplicationFile(LicenceApplication application, DecisionDeadline deadline,
        List<Documents.DocumentInfo> documents, boolean editable, List<DecisionCheck> checks, String licenceNumber,
        String municipalityName, List<String> standardConditions) {
}
