package frl.ienline.signals.internal;

import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import java.time.Instant;
import java.util.UUID;

/** A line in the list of signals: no content, only what triage needs to pick one up. */
public record SignalSummary(UUID id, SignalReference reference, Source source, SignalState state, Outcome outcome,
        String municipality, LocationType locationType, Instant registeredAt, String registeredByOrg,
        boolean fullAccess) {
}
