package frl.ienline.signals.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.LocationType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A signal as registered, before it is stored. Staff signals name a municipality; only the public form
 * may leave it unknown. Phone numbers are E.164 (see {@link PhoneNumbers}).
 */
public record NewSignal(Source source, MunicipalityCode municipality, LocationType locationType, String location,
        LocalDate observedOn, PartOfDay partOfDay, String observation, String reporterOrganisation, String controlId,
        List<PersonConcerned> persons, List<String> phones, List<Indicator> indicators, List<Link> links) {

    public static final int MAX_OBSERVATION = 5000;

    public NewSignal {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locationType, "locationType");
        if (municipality == null && source != Source.PUBLIC) {
            throw new IllegalArgumentException("A signal from staff names the municipality");
        }
        location = Text.optional(location, 200, "Location");
        observation = source == Source.CONTROL ? Text.optional(observation, MAX_OBSERVATION, "Observation")
                : Text.required(observation, MAX_OBSERVATION, "Observation");
        reporterOrganisation = Text.optional(reporterOrganisation, 120, "Organisation");
        controlId = controlId == null || controlId.isBlank() ? null : new Link(LinkKind.CONTROL, controlId).targetId();
        if (source == Source.CONTROL && controlId == null) {
            throw new IllegalArgumentException("A signal from a control names the control");
        }
        persons = List.copyOf(persons == null ? List.of() : persons);
        phones = List.copyOf(phones == null ? List.of() : new java.util.LinkedHashSet<>(phones));
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        links = List.copyOf(links == null ? List.of() : new java.util.LinkedHashSet<>(links));
        Set<IndicatorCode> seen = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!seen.add(indicator.code())) {
                throw new IllegalArgumentException("Indicator " + indicator.code() + " appears twice");
            }
        }
        for (String phone : phones) {
            if (phone == null || !phone.matches("\\+[1-9][0-9]{6,14}")) {
                throw new IllegalArgumentException("Phone numbers must be E.164");
            }
        }
        if (persons.size() > 10 || phones.size() > 10 || links.size() > 50) {
            throw new IllegalArgumentException("Too many persons, phone numbers or links");
        }
        if (observedOn != null && observedOn.isBefore(LocalDate.of(2000, 1, 1))) {
            throw new IllegalArgumentException("The observation date is implausible");
        }
    }
}
