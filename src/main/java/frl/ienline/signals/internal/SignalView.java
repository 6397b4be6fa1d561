package frl.ienline.signals.internal;

import frl.ienline.signals.SignalReference;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A signal as one viewer may see it. For a share recipient the signal is already reduced to the shared
 * fields ({@link #restrict}), so no template can show more than was shared.
 */
public record SignalView(Signal signal, boolean full, Set<SharedField> visibleFields, boolean mayTriage,
        List<ShareRecord> shares, List<HistoryEntry> history, List<Signals.Duplicate> duplicates,
        Map<UUID, SignalReference> merged) {

    public boolean shows(String field) {
        return visibleFields.contains(SharedField.valueOf(field));
    }

    /** A copy of the signal with only {@code fields}; reference, source, state and dates always stay. */
    static Signal restrict(Signal s, Set<SharedField> fields) {
        Set<SharedField> f = fields.isEmpty() ? EnumSet.noneOf(SharedField.class) : EnumSet.copyOf(fields);
        return new Signal(s.id(), s.reference(), s.source(), s.status(),
                f.contains(SharedField.MUNICIPALITY) ? s.municipality() : null,
                f.contains(SharedField.LOCATION_TYPE) ? s.locationType() : null,
                f.contains(SharedField.LOCATION) ? s.location() : null,
                f.contains(SharedField.OBSERVED) ? s.observedOn() : null,
                f.contains(SharedField.OBSERVED) ? s.partOfDay() : null,
                f.contains(SharedField.OBSERVATION) ? s.observation() : null,
                null, null, s.registeredAt(), null, null, s.closedAt(),
                f.contains(SharedField.PERSONS) ? s.persons().stream()
                        .map(p -> new PersonConcerned(p.pseudonym(),
                                f.contains(SharedField.DESCRIPTORS) ? p.descriptors() : null))
                        .toList() : List.of(),
                f.contains(SharedField.PHONES) ? s.phones() : List.of(),
                f.contains(SharedField.INDICATORS) ? s.indicators().stream()
                        .map(i -> new Indicator(i.code(), f.contains(SharedField.INDICATOR_NOTES) ? i.note() : null))
                        .toList() : List.of(),
                f.contains(SharedField.LINKS) ? s.links() : List.of(),
                f.contains(SharedField.ADDITIONS) ? s.additions() : List.of());
    }
}
