package frl.ienline.signals.internal;

import frl.ienline.signals.SignalReference;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One share of a signal: what (fields), to whom, when, by whom and on which legal basis; for CoMensha also
 * the consent decision. Append-only.
 */
public record ShareRecord(UUID id, UUID signalId, SignalReference reference, Instant sharedAt, String sharedByName,
        String sharedByOrg, RecipientKind recipientKind, String recipientOrg, List<SharedField> fields,
        String legalBasisCode, String legalBasisLabel, Consent consent, String consentReason) {

    public ShareRecord {
        fields = List.copyOf(fields);
    }
}
