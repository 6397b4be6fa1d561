package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.extract.Found;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.register.LicenceStatus;
import frl.ienline.register.LicenceVerification;
import frl.ienline.rulebook.Gazetteer;
import frl.ienline.rulebook.LicenceNumberFormat;
import frl.ienline.rulebook.RulebookFiles;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The engine wired to the rulebook (gazetteer, licence number format) and the register's verification. */
class ExtractionWiringTest {

    static final LicenceNumberFormat FORMAT = RulebookFiles.loadBundled().latest().licenceNumberFormat();
    static final Gazetteer GAZETTEER = Gazetteer.loadBundled();

    /** A register of three licences: a valid one of Leeuwarden with its ad phone, a valid one of Súdwest-Fryslân, a revoked one. */
    static final LicenceVerification REGISTER = new LicenceVerification() {
        final Map<String, LicenceStatus> statuses = Map.of("FRL-0080-PB-0012", LicenceStatus.VALID,
                "FRL-1900-EB-0003", LicenceStatus.VALID, "FRL-0080-PB-0099", LicenceStatus.REVOKED);

        @Override
        public LicenceStatus status(String number) {
            return statuses.getOrDefault(number, LicenceStatus.UNKNOWN);
        }

        @Override
        public boolean matchesAdPhone(String number, String phone) {
            return number.equals("FRL-0080-PB-0012") && phone.equals("+31612345678")
                    || number.equals("FRL-1900-EB-0003") && phone.equals("+31687654321");
        }
    };

    final SnapshotAnalyser analyser = new SnapshotAnalyser(new GazetteerTownLookup(GAZETTEER), FORMAT,
            new LicenceChecks(REGISTER), EngineSettings.DEFAULT);

    static AdSnapshot ad(String body, String location, String postcode, List<String> phones, String licence) {
        return new AdSnapshot("kinky.nl", "x", Instant.parse("2026-11-20T10:15:00Z"), null, null, body, location, postcode,
                null, phones, List.of(), List.of(), licence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FRL-0080-PB-0012", "frl-0080-pb-0012", "FRL 0080 PB 0012", "FRL0080PB0012", "FRL.0080.PB.0012",
            "FRL/0080/PB/0012", "Frl - 0080 - Pb - 0012", "FRL_0080_PB_0012", "FRL–0080–PB–0012", "frl 0080pb 0012",
            "FRL:0080:PB:0012", "FRL-0080-PB0012"})
    void licenceNumbersInManySpellingsBecomeTheRulebooksCanonicalNumber(String spelling) {
        SnapshotAnalyser.Analysed a = analyser.analyse(ad("Vergunning " + spelling + ", bel 06-12345678", "Leeuwarden", null,
                List.of(), null));
        assertThat(a.extraction().licenceNumbers()).extracting(Found::value).containsExactly("FRL-0080-PB-0012");
        assertThat(a.licenceCheck()).isEqualTo(AdLicenceCheck.LICENSED);
    }

    @Test
    void whatIsNotARulebookNumberIsNotALicenceNumber() {
        assertThat(analyser.analyse(ad("FRL-0080-XX-0012, FRL-80-PB-0012, XFRL-0080-PB-00121, FRL-0080-PB-0000", "Sneek",
                null, List.of(), null)).extraction().licenceNumbers()).isEmpty();
        assertThat(analyser.analyse(ad("geen", "Sneek", null, List.of(), "frl 1900 eb 0003")).extraction()
                .licenceNumberValues()).containsExactly("FRL-1900-EB-0003");
    }

    @Test
    void theLicenceCheckOfEachKind() {
        assertThat(check("Vergunning FRL-0080-PB-0012", "Leeuwarden", "06-12345678")).isEqualTo(AdLicenceCheck.LICENSED);
        assertThat(check("Vergunning FRL-0080-PB-0012", "Leeuwarden", "06-11112222"))
                .isEqualTo(AdLicenceCheck.LICENCE_MISMATCH);
        // a valid number with its own phone, but of another municipality than where the ad is
        assertThat(check("Vergunning FRL-1900-EB-0003", "Leeuwarden", "06-87654321"))
                .isEqualTo(AdLicenceCheck.LICENCE_MISMATCH);
        assertThat(check("Vergunning FRL-1900-EB-0003", "Snits", "06-87654321")).isEqualTo(AdLicenceCheck.LICENSED);
        assertThat(check("Vergunning FRL-0080-PB-0099", "Leeuwarden", "06-12345678"))
                .isEqualTo(AdLicenceCheck.INVALID_LICENCE);
        assertThat(check("Vergunning FRL-0080-PB-0500", "Leeuwarden", "06-12345678"))
                .isEqualTo(AdLicenceCheck.INVALID_LICENCE);
        assertThat(check("Zonder nummer", "Leeuwarden", "06-12345678")).isEqualTo(AdLicenceCheck.NO_LICENCE_NUMBER);
        assertThat(check("Vergunning FRL-0080-PB-0012", "Amsterdam", "06-12345678"))
                .isEqualTo(AdLicenceCheck.OUTSIDE_FRYSLAN);
    }

    AdLicenceCheck check(String body, String location, String phone) {
        return analyser.analyse(ad(body, location, null, List.of(phone), null)).licenceCheck();
    }

    @Test
    void townsAndPostcodesToMunicipalitiesAlsoFromTheText() {
        assertThat(municipality("hoi", "Snits", null)).isEqualTo("GM1900");
        assertThat(municipality("hoi", "Ljouwert", null)).isEqualTo("GM0080");
        assertThat(municipality("hoi", null, "9203 AB")).isEqualTo("GM0090");
        assertThat(municipality("Deze week in Drachten, daarna Heerenveen", null, null)).isEqualTo("GM0090");
        assertThat(municipality("Nieuw in Amsterdam", "Amsterdam", null)).isNull();
        SnapshotAnalyser.Analysed a = analyser.analyse(ad("Nieuw in Drachten en Snits", null, null, List.of(), null));
        assertThat(a.extraction().towns()).extracting(t -> t.municipality().value()).containsExactly("GM0090", "GM1900");
        assertThat(a.extraction().towns().getFirst().span().of(a.snapshot().fullText())).isEqualTo("Drachten");
    }

    @Test
    void theGroupingFeaturesOfAStoredSnapshotAreTheImportsFeatures() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new frl.ienline.adintel.engine.synth.AdGenerator(frl.ienline.adintel.engine.synth.GeneratorSettings.of(3000, 11))
                .write(out, new java.io.StringWriter());
        int[] compared = {0};
        new frl.ienline.adintel.engine.snapshot.AdSnapshotReader().stream(new java.io.ByteArrayInputStream(out.toByteArray()),
                (line, ad) -> {
                    var full = analyser.analyse(ad).features();
                    var grouping = analyser.groupingFeatures(ad);
                    assertThat(grouping.municipality()).as("line %d", line).isEqualTo(full.municipality());
                    assertThat(grouping.keys()).as("line %d", line).containsExactly(full.keys());
                    assertThat(grouping.keyValues()).as("line %d", line).containsExactly(full.keyValues());
                    assertThat(grouping.dhashes()).as("line %d", line).containsExactly(full.dhashes());
                    assertThat(grouping.text().shingles()).as("line %d", line).containsExactly(full.text().shingles());
                    assertThat(grouping.text().shingles()).as("line %d", line).containsExactly(full.text().shingles());
                    compared[0]++;
                });
        assertThat(compared[0]).isEqualTo(3000);
    }

    String municipality(String body, String location, String postcode) {
        MunicipalityCode code = analyser.analyse(ad(body, location, postcode, List.of(), null)).extraction().municipality();
        return code == null ? null : code.value();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "06 1234 5678", "0612345678", "+31612345678", "+31 (0)6 12345678",
            "0031 6 12345678", "O6-1234 5678", "06.12.34.56.78", "nul zes een twee drie vier vijf zes zeven acht",
            "zero six one two three four five six seven eight", "０６１２３４５６７８", "٠٦١٢٣٤٥٦٧٨", "(06) 123 456 78",
            "+31-6-1234-5678", "06 12 34 56 78"})
    void phoneSpellingsInTheTextGiveOneE164Number(String spelling) {
        SnapshotAnalyser.Analysed a = analyser.analyse(ad("Bel me: " + spelling + " xx", "Leeuwarden", null, List.of(), null));
        assertThat(a.extraction().phoneNumbers()).as(spelling).containsExactly("+31612345678");
        assertThat(Set.copyOf(a.extraction().phones().stream().map(f -> f.span() != null).toList())).containsOnly(true);
    }
}
