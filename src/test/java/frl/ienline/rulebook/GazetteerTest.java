package frl.ienline.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import frl.ienline.shared.MunicipalityCode;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Places, spellings and postcodes resolve to the right municipality; free text yields places with spans. */
class GazetteerTest {

    static final RulebookVersion RULEBOOK = RulebookFiles.loadBundled().latest();
    static final Gazetteer GAZETTEER = Gazetteer.loadBundled();

    static MunicipalityCode code(String value) {
        return MunicipalityCode.of(value);
    }

    @Test
    void coversWellOverAHundredPlacesOfMoreThanAThousandInhabitantsInAllEighteenMunicipalities() {
        List<Place> large = GAZETTEER.places().stream().filter(p -> p.population() != null && p.population() > 1000)
                .toList();

        assertThat(large).hasSizeGreaterThan(100);
        assertThat(GAZETTEER.places()).extracting(Place::municipality).containsAll(
                RULEBOOK.municipalities().stream().map(Municipality::code).toList());
    }

    @Test
    void everyPlaceOfMoreThanAThousandInhabitantsResolvesInBothSpellings() {
        for (Place place : GAZETTEER.places()) {
            if (place.population() == null || place.population() <= 1000) {
                continue;
            }
            for (String name : List.of(place.nameNl(), place.nameFy())) {
                String lookup = GAZETTEER.placesNamed(name).size() == 1 ? name
                        : name + " (" + GAZETTEER.municipalityName(place.municipality()).orElseThrow() + ")";
                assertThat(GAZETTEER.resolve(lookup)).as(lookup).hasValue(place.municipality());
                assertThat(GAZETTEER.place(lookup)).as(lookup).hasValue(place);
            }
        }
    }

    @Test
    void theExamplesOfTheDomainBriefResolve() {
        Map<String, String> examples = Map.ofEntries(
                Map.entry("Drachten", "GM0090"), Map.entry("Sneek", "GM1900"), Map.entry("Snits", "GM1900"),
                Map.entry("Bolsward", "GM1900"), Map.entry("Boalsert", "GM1900"), Map.entry("Joure", "GM1940"),
                Map.entry("De Jouwer", "GM1940"), Map.entry("Lemmer", "GM1940"), Map.entry("De Lemmer", "GM1940"),
                Map.entry("Dokkum", "GM1970"), Map.entry("Franeker", "GM1949"), Map.entry("Frjentsjer", "GM1949"),
                Map.entry("Wolvega", "GM0098"), Map.entry("Wolvegea", "GM0098"), Map.entry("Oosterwolde", "GM0085"),
                Map.entry("Easterwâlde", "GM0085"), Map.entry("Gorredijk", "GM0086"), Map.entry("De Gordyk", "GM0086"),
                Map.entry("Burgum", "GM0737"), Map.entry("Bergum", "GM0737"), Map.entry("Buitenpost", "GM0059"),
                Map.entry("Bûtenpost", "GM0059"), Map.entry("Damwâld", "GM1891"), Map.entry("Damwoude", "GM1891"),
                Map.entry("Grou", "GM0080"), Map.entry("Grouw", "GM0080"), Map.entry("Harlingen", "GM0072"),
                Map.entry("Harns", "GM0072"), Map.entry("Heerenveen", "GM0074"), Map.entry("It Hearrenfean", "GM0074"),
                Map.entry("Leeuwarden", "GM0080"), Map.entry("Ljouwert", "GM0080"), Map.entry("West-Terschelling", "GM0093"),
                Map.entry("Midsland", "GM0093"), Map.entry("Hollum", "GM0060"), Map.entry("Vlieland", "GM0096"),
                Map.entry("Schiermonnikoog", "GM0088"));

        examples.forEach((name, municipality) -> assertThat(GAZETTEER.resolve(name)).as(name).hasValue(code(municipality)));
    }

    @Test
    void spellingVariantsMeet() {
        assertThat(GAZETTEER.resolve("DAMWALD")).hasValue(code("GM1891"));
        assertThat(GAZETTEER.resolve("  snits ")).hasValue(code("GM1900"));
        assertThat(GAZETTEER.resolve("Hurdegarijp")).hasValue(code("GM0737"));
        assertThat(GAZETTEER.resolve("Hardegaryp")).hasValue(code("GM0737"));
        assertThat(GAZETTEER.resolve("Sint Annaparochie")).hasValue(code("GM1949"));
        assertThat(GAZETTEER.resolve("St. Annaparochie")).hasValue(code("GM1949"));
        assertThat(GAZETTEER.resolve("st-jacobiparochie")).hasValue(code("GM1949"));
        assertThat(GAZETTEER.resolve("Jouwer")).hasValue(code("GM1940"));
        assertThat(GAZETTEER.resolve("Oost-Vlieland")).hasValue(code("GM0096"));
        assertThat(GAZETTEER.resolve("ijlst")).hasValue(code("GM1900"));
    }

    @Test
    void municipalityNamesResolveToo() {
        assertThat(GAZETTEER.resolve("Súdwest-Fryslân")).hasValue(code("GM1900"));
        assertThat(GAZETTEER.resolve("sudwest fryslan")).hasValue(code("GM1900"));
        assertThat(GAZETTEER.resolve("Terschelling")).hasValue(code("GM0093"));
        assertThat(GAZETTEER.resolve("Tietjerksteradeel")).hasValue(code("GM0737"));
    }

    @Test
    void ambiguousNamesNeedTheirMunicipality() {
        assertThat(GAZETTEER.placesNamed("Oudega")).hasSize(2);
        assertThat(GAZETTEER.resolve("Oudega")).isEmpty();
        assertThat(GAZETTEER.resolve("Oudega (Smallingerland)")).hasValue(code("GM0090"));
        assertThat(GAZETTEER.resolve("Oudega, gemeente Súdwest-Fryslân")).hasValue(code("GM1900"));
        assertThat(GAZETTEER.resolve("Nes, Ameland")).hasValue(code("GM0060"));
        assertThat(GAZETTEER.resolve("Nes")).isEmpty();
    }

    @Test
    void unknownPlacesAndPlacesOutsideFryslanDoNotResolve() {
        assertThat(GAZETTEER.resolve("Groningen")).isEmpty();
        assertThat(GAZETTEER.resolve("Amsterdam")).isEmpty();
        assertThat(GAZETTEER.resolve("")).isEmpty();
        assertThat(GAZETTEER.resolve(null)).isEmpty();
    }

    @Test
    void postcodesResolveInEveryUsualNotation() {
        assertThat(GAZETTEER.resolve("9203")).hasValue(code("GM0090"));
        assertThat(GAZETTEER.resolve("9203 AB")).hasValue(code("GM0090"));
        assertThat(GAZETTEER.municipalityOfPostcode("9203ab")).hasValue(code("GM0090"));
        assertThat(GAZETTEER.municipalityOfPostcode("8911")).hasValue(code("GM0080"));
        assertThat(GAZETTEER.municipalityOfPostcode("8601 XB")).hasValue(code("GM1900"));
        assertThat(GAZETTEER.municipalityOfPostcode("8441")).hasValue(code("GM0074"));
        assertThat(GAZETTEER.municipalityOfPostcode("9251")).hasValue(code("GM0737"));
        assertThat(GAZETTEER.municipalityOfPostcode("9163")).hasValue(code("GM0060"));
        assertThat(GAZETTEER.municipalityOfPostcode("1012 AB")).isEmpty();
        assertThat(GAZETTEER.municipalityOfPostcode("92O3")).isEmpty();
    }

    @Test
    void findInTextGivesPlacesWithTheirSpans() {
        String text = "Nieuw in Snits! Ook in Drachten en St.-Annaparochie, 24/7.";

        List<PlaceMention> found = GAZETTEER.findInText(text);

        assertThat(found).extracting(PlaceMention::text).containsExactly("Snits", "Drachten", "St.-Annaparochie");
        assertThat(found).extracting(PlaceMention::municipality)
                .containsExactly(code("GM1900"), code("GM0090"), code("GM1949"));
        PlaceMention snits = found.getFirst();
        assertThat(text.substring(snits.start(), snits.end())).isEqualTo("Snits");
        assertThat(snits.start()).isEqualTo(9);
        assertThat(snits.kind()).isEqualTo(PlaceMention.Kind.PLACE);
        assertThat(snits.place().nameNl()).isEqualTo("Sneek");
    }

    @Test
    void findInTextMatchesWholeWordsOnlyAndPrefersTheLongestName() {
        assertThat(GAZETTEER.findInText("Sneekweek en Drachtenaar")).isEmpty();
        assertThat(GAZETTEER.findInText("West-Terschelling")).singleElement()
                .satisfies(m -> assertThat(m.place().nameNl()).isEqualTo("West-Terschelling"));
        assertThat(GAZETTEER.findInText("in sint nicolaasga")).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("sint nicolaasga"));
        assertThat(GAZETTEER.findInText("DE JOUWER")).extracting(PlaceMention::municipality).containsExactly(code("GM1940"));
    }

    @Test
    void findInTextSkipsOrdinaryWordsAmbiguousNamesAndLowercaseCapitalisedNames() {
        assertThat(GAZETTEER.findInText("no lies, boer, broek, hee")).isEmpty();
        assertThat(GAZETTEER.findInText("Ik woon in Hoorn of Nes of Oudega")).isEmpty();
        assertThat(GAZETTEER.findInText("sloten en een balk")).isEmpty();
        assertThat(GAZETTEER.findInText("Balk")).extracting(PlaceMention::municipality).containsExactly(code("GM1940"));
    }

    @Test
    void findInTextReportsMunicipalityNamesAndFullPostcodes() {
        List<PlaceMention> found = GAZETTEER.findInText("Regio Súdwest-Fryslân, adres 9203 AB, tel 0612345678, 9200 euro");

        assertThat(found).extracting(PlaceMention::kind)
                .containsExactly(PlaceMention.Kind.MUNICIPALITY, PlaceMention.Kind.POSTCODE);
        assertThat(found).extracting(PlaceMention::text).containsExactly("Súdwest-Fryslân", "9203 AB");
        assertThat(found).extracting(PlaceMention::municipality).containsExactly(code("GM1900"), code("GM0090"));
    }

    // --- bad files -------------------------------------------------------------------------------------

    static InvalidRulebook invalid(String csv) {
        return catchThrowableOfType(InvalidRulebook.class,
                () -> Gazetteer.load("gazetteer.csv", new StringReader(csv), RULEBOOK.municipalities()));
    }

    static final String HEADER = "name_nl,name_fy,official,municipality,population,postcodes,free_text,aliases\n";

    @Test
    void unknownMunicipalityIsNamedWithItsLine() {
        InvalidRulebook problem = invalid("# comment\n" + HEADER + "Drachten,Drachten,nl,GM0090,45000,9200-9209,yes,\n"
                + "Nergenshuizen,Nearne,nl,GM9999,10,,yes,\n");

        assertThat(problem.problems()).extracting(RulebookProblem::toString).containsExactly(
                "gazetteer.csv: line 4: municipality GM9999 is not one of the municipalities in the rulebook");
    }

    @Test
    void badRowsAreAllReported() {
        InvalidRulebook problem = invalid(HEADER + "Drachten,Drachten,xx,GM0090,many,92O3,perhaps,\n"
                + "Sneek,Snits,nl,GM1900,34000\n"
                + "Dokkum,Dokkum,nl,GM1970,13000,9200,yes,\n");

        assertThat(problem.problems()).extracting(RulebookProblem::toString).containsExactly(
                "gazetteer.csv: line 2: official must be nl or fy, not xx",
                "gazetteer.csv: line 2: population must be a whole number or empty, not many",
                "gazetteer.csv: line 2: postcodes must look like 9203 or 8900-8939, not 92O3",
                "gazetteer.csv: line 2: free_text must be yes, capitalised or no, not perhaps",
                "gazetteer.csv: line 3: has 5 fields, expected 8: " + HEADER.strip());
    }

    @Test
    void aPostcodeCannotLieInTwoMunicipalities() {
        InvalidRulebook problem = invalid(HEADER + "Drachten,Drachten,nl,GM0090,45000,9200-9209,yes,\n"
                + "Dokkum,Dokkum,nl,GM1970,13000,9205,yes,\n");

        assertThat(problem.problems()).extracting(RulebookProblem::toString).containsExactly(
                "gazetteer.csv: line 3: postcode 9205 is also given for Drachten (GM0090) on line 2");
    }

    @Test
    void theHeaderIsChecked() {
        assertThat(invalid("naam,gemeente\n").problems()).extracting(RulebookProblem::where).containsExactly("line 1");
        assertThat(Optional.ofNullable(invalid("")).map(e -> e.problems().getFirst().what()))
                .hasValueSatisfying(w -> assertThat(w).contains("empty"));
    }

    @Test
    void lookingUpWordByWordFindsWhatLookingUpEveryRunOfWordsFinds() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new frl.ienline.adintel.engine.synth.AdGenerator(frl.ienline.adintel.engine.synth.GeneratorSettings.of(3000, 9))
                .write(out, new java.io.StringWriter());
        List<String> texts = new java.util.ArrayList<>(List.of("St. Annaparochie en Sint Nicolaasga", "in de Jouwer, 9203 AB",
                "West-Terschelling of Terschelling", "Balk en balk, Sloten", "X9203 AB en 8901 BA", "Ljouwert/Snits",
                "DAMWÂLD, Damwald en damwâld", "IJlst, Ylst en ijlst", "st-annaparochie; ST ANNAPAROCHIE", "Sint\nJacobiparochie",
                "Nes (Ameland)", "Garijp—Garyp", "Burgum, Bergum", "Drachten 🔥 Snits", "Ljouwert’s Harns"));
        for (Place place : GAZETTEER.places()) {
            texts.add("Nu in " + String.join(" en ", place.names()) + ". " + place.nameNl().toUpperCase(java.util.Locale.ROOT));
        }
        new frl.ienline.adintel.engine.snapshot.AdSnapshotReader().stream(new java.io.ByteArrayInputStream(out.toByteArray()),
                (line, ad) -> texts.add(ad.fullText()));
        int found = 0;
        for (String text : texts) {
            List<PlaceMention> expected = GAZETTEER.findInText(text, false);
            assertThat(GAZETTEER.findInText(text)).as(text).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).isGreaterThan(2000);
    }
}
