package frl.ienline.adintel.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeAndIndicatorTest {

    final AgeExtractor ages = new AgeExtractor();
    final IndicatorCatalog catalog = IndicatorCatalog.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Anna, 23 jaar|23", "I am 23 years old|23", "sexy 23yo girl|23", "age 23|23",
            "Leeftijd: 24|24", "age: 19|19", "fata de 22 ani|22", "chica de 25 años|25", "mam 21 lat|21", "20 éves lány|20",
            "на 22 години|22", "23 y/o|23", "23-jarige? no, 23 jr.|23", "Sie ist 27 Jahre|27"})
    void readsClaimedAges(String text, int age) {
        assertThat(ages.find(null, text)).hasValueSatisfying(a -> assertThat(a.years()).isEqualTo(age));
    }

    @Test
    void theFieldWinsAndNonAgesAreIgnored() {
        assertThat(ages.find(30, "23 jaar")).hasValueSatisfying(a -> {
            assertThat(a.years()).isEqualTo(30);
            assertThat(a.span()).isNull();
        });
        assertThat(ages.find(null, "24/7 open, 100 euro, 30 minuten, 2026")).isEmpty();
    }

    List<String> codes(String text) {
        return catalog.find(text).stream().map(IndicatorHit::code).distinct().toList();
    }

    @Test
    void findsIndicatorsInManyLanguagesWithTheirSpans() {
        String text = "NIEUW in Drachten! Zij is 24/7 beschikbaar, ook zonder   condoom. Alleen deze week.";
        List<IndicatorHit> hits = catalog.find(text);
        assertThat(hits).extracting(IndicatorHit::code)
                .contains("NEW_IN_TOWN", "THIRD_PERSON", "AVAILABLE_24_7", "UNSAFE_SERVICES", "SHORT_STAY");
        assertThat(hits).filteredOn(h -> h.code().equals("UNSAFE_SERVICES")).singleElement()
                .satisfies(h -> assertThat(h.span().of(text)).isEqualTo("zonder   condoom"));
        assertThat(hits).filteredOn(h -> h.code().equals("NEW_IN_TOWN")).singleElement()
                .satisfies(h -> assertThat(h.span().of(text)).isEqualTo("NIEUW in"));
        assertThat(codes("New in town, she's very young, no condom, only 3 days")).contains("NEW_IN_TOWN", "THIRD_PERSON",
                "VERY_YOUNG", "UNSAFE_SERVICES", "SHORT_STAY");
        assertThat(codes("Nouă în oraș, fără prezervativ")).containsExactly("NEW_IN_TOWN", "UNSAFE_SERVICES");
        assertThat(codes("Nueva en la ciudad, 3 chicas, día y noche")).contains("NEW_IN_TOWN", "SEVERAL_WORKERS", "AVAILABLE_24_7");
        assertThat(codes("Nowa w mieście, bez gumki")).containsExactly("NEW_IN_TOWN", "UNSAFE_SERVICES");
        assertThat(codes("Új a városban, nagyon fiatal")).containsExactly("NEW_IN_TOWN", "VERY_YOUNG");
        assertThat(codes("Нова в града, без презерватив")).containsExactly("NEW_IN_TOWN", "UNSAFE_SERVICES");
    }

    @Test
    void anOrdinaryAdRaisesNothing() {
        assertThat(catalog.find("Hoi, ik ben Sanne. Ik werk veilig en met vergunning FRL-2026-PB-0042. Bel voor een afspraak."))
                .isEmpty();
    }

    @Test
    void aCustomCatalogueWithWildcardsLoadsAndABadOneIsRejected() {
        String yaml = """
                indicators:
                  - code: TEST
                    weight: 2
                    label: {en: Test}
                    phrases:
                      nl: ["jong* meisje"]
                """;
        IndicatorCatalog custom = IndicatorCatalog.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(custom.find("een jonkie? nee, een jonge meisje")).singleElement()
                .satisfies(h -> assertThat(h.weight()).isEqualTo(2));
        String bad = "indicators:\n  - code: lower\n    weight: 2\n";
        Assertions.assertThrows(IllegalArgumentException.class,
                () -> IndicatorCatalog.load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
    }
}
