package frl.ienline.adintel.engine.extract;

import frl.ienline.shared.MunicipalityCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything extracted from one snapshot. Spans refer to {@code AdSnapshot.fullText()} (title, a line
 * break, body); values from structured fields have no span.
 *
 * @param phones E.164 numbers, from the {@code phones} field and the text
 * @param emails lowercase addresses, obfuscation undone
 * @param licenceNumbers normalised licence numbers, from the field and the text
 * @param claimedAge the claimed age, or {@code null}
 * @param towns towns named in the text
 * @param municipality the ad's municipality (location field, else postcode, else the first town in the text), or {@code null}
 * @param indicators red-flag indicators with the text that triggered them
 */
public record AdExtraction(
        List<Found> phones,
        List<Found> emails,
        List<Found> urls,
        List<Handle> handles,
        List<Found> licenceNumbers,
        AgeExtractor.ClaimedAge claimedAge,
        List<TownMention> towns,
        MunicipalityCode municipality,
        List<IndicatorHit> indicators) {

    public AdExtraction {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        urls = List.copyOf(urls);
        handles = List.copyOf(handles);
        licenceNumbers = List.copyOf(licenceNumbers);
        towns = List.copyOf(towns);
        indicators = List.copyOf(indicators);
    }

    /** The distinct phone numbers (E.164), in order of first appearance. */
    public Set<String> phoneNumbers() {
        return values(phones);
    }

    public Set<String> emailAddresses() {
        return values(emails);
    }

    public Set<String> licenceNumberValues() {
        return values(licenceNumbers);
    }

    /** The sum of the weights of the distinct indicators. */
    public int riskScore() {
        return indicators.stream().collect(java.util.stream.Collectors.toMap(IndicatorHit::code, IndicatorHit::weight,
                (a, b) -> a)).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Set<String> values(List<Found> found) {
        Set<String> values = new LinkedHashSet<>();
        found.forEach(f -> values.add(f.value()));
        return values;
    }
}
