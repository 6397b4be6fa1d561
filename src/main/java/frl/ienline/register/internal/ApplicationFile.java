package frl.ienline.register.internal;

import java.util.List;

/**
 * What an officer of its municipality sees of one application: the aggregate, its deadline today, the
 * documents, whether the officer may change it, the decision-time checks as they stand, and the licence
 * number once granted. Officers elsewhere in the region get a {@link ReducedFile}.
 */
public record ApplicationFile(LicenceApplication application, DecisionDeadline deadline,
        List<Documents.DocumentInfo> documents, boolean editable, List<DecisionCheck> checks, String licenceNumber,
        String municipalityName, List<String> standardConditions, ContactDetails contact,
        List<Notices.Notice> notices) implements FileView {
}
