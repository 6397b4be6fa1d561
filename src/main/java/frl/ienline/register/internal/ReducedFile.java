package frl.ienline.register.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application of another municipality, as the region's other licensing officers see it (M11): what a
 * uniform regional policy needs — where it stands, the business, the people by name, the outcome and the
 * licence number, which the public register shows anyway — and nothing of the Bibob screening (art. 10
 * data), the documents, birth dates, the view, requests, reasons, checks, history or the decision letter.
 */
public record ReducedFile(UUID id, String reference, ApplicationState state, LocalDate receivedOn, LicenceKind kind,
        String businessName, String municipalityName, String operatorName, List<String> managerNames, Outcome outcome,
        LocalDate decidedOn, String licenceNumber) implements FileView {

    public ReducedFile {
        managerNames = List.copyOf(managerNames);
    }

    static ReducedFile of(LicenceApplication a, String municipalityName, String licenceNumber) {
        Decision decision = a.decision();
        return new ReducedFile(a.id(), a.reference().value(), a.state(), a.receivedOn(), a.business().kind(),
                a.business().name(), municipalityName, a.operator() == null ? null : a.operator().name(),
                a.managers().stream().map(Person::name).toList(), decision == null ? null : decision.outcome(),
                decision == null ? null : decision.decidedOn(), licenceNumber);
    }
}
