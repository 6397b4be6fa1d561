package frl.ienline.signals.internal;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the triage role decides when referring: to whom, which fields, on which legal basis, and for
 * CoMensha the consent decision. Validated as a whole so the form can show every problem at once.
 */
public record Referral(RecipientKind recipient, MunicipalityCode municipality, Set<SharedField> fields,
        String legalBasisCode, Consent consent, String consentReason) {

    public Referral {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (recipient == null) {
            problems.add(new InputRejected.Problem("recipient", "Choose a recipient"));
        }
        if (recipient == RecipientKind.MUNICIPALITY && municipality == null) {
            problems.add(new InputRejected.Problem("municipality", "Choose the municipality to refer to"));
        }
        if (fields == null || fields.isEmpty()) {
            problems.add(new InputRejected.Problem("fields", "Choose at least one field to share"));
        }
        if (legalBasisCode == null || legalBasisCode.isBlank()) {
            problems.add(new InputRejected.Problem("legalBasis", "Choose the legal basis of this share"));
        }
        if (recipient != null && recipient.needsConsentDecision() && consent == null) {
            problems.add(new InputRejected.Problem("consent",
                    "Record whether the person consented, or why consent is not needed"));
        }
        String reason = null;
        try {
            reason = Text.optional(consentReason, 500, "Reason");
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejected.Problem("consentReason", e.getMessage()));
        }
        if (consent == Consent.NOT_NEEDED && reason == null) {
            problems.add(new InputRejected.Problem("consentReason", "Give the reason consent is not needed"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        fields = Set.copyOf(EnumSet.copyOf(fields));
        consentReason = consent == Consent.NOT_NEEDED ? reason : null;
    }
}
