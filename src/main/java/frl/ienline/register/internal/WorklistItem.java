package frl.ienline.register.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the officer's worklist: an undecided application and its deadlines. */
public record WorklistItem(UUID id, String reference, String businessName, String municipalityName, LicenceKind kind,
        ApplicationState state, LocalDate receivedOn, DecisionDeadline deadline, LocalDate repairDeadline,
        LocalDate bibobAdviceDue, LocalDate viewDueOn) {
}
