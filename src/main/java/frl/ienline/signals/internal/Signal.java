package frl.ienline.signals.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored signal, decrypted for someone allowed to see it in full. */
public record Signal(UUID id, SignalReference reference, Source source, Status status,
        MunicipalityCode municipality, LocationType locationType, String location, LocalDate observedOn,
        PartOfDay partOfDay, String observation, String reporterOrganisation, String controlId,
        Instant registeredAt, String registeredByName, String registeredByOrg, Instant closedAt,
        List<PersonConcerned> persons, List<String> phones, List<Indicator> indicators, List<Link> links,
        List<Addition> additions) {

    public SignalState state() {
        return status.state();
    }

    public Outcome outcome() {
        return status.outcome();
    }
}
