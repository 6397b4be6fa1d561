package frl.ienline.adintel.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenceNumberExtractorTest {

    final LicenceNumberExtractor extractor = new LicenceNumberExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"FRL-2026-PB-0042", "frl-2026-pb-0042", "FRL 2026 PB 0042", "FRL2026PB0042", "FRL-2026-PB0042",
            "FRL.2026.PB.0042", "FRL/2026/PB/0042", "Frl - 2026 - Pb - 0042", "FRL_2026_PB_0042", "FRL–2026–PB–0042"})
    void normalisesSpellings(String spelling) {
        String text = "Vergunning " + spelling + ", welkom";
        assertThat(extractor.find(text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("FRL-2026-PB-0042");
            assertThat(f.span().of(text)).isEqualTo(spelling);
        });
    }

    @Test
    void otherKindsAndFormats() {
        assertThat(extractor.find("EB: FRL-2025-EB-0007 en OE: frl 2024 oe 1234")).extracting(Found::value)
                .containsExactly("FRL-2025-EB-0007", "FRL-2024-OE-1234");
        assertThat(extractor.find("FRL-2026-XX-0042 FRL-26-PB-0042 XFRL-2026-PB-00421")).isEmpty();
    }

    @Test
    void aConfiguredFormatIsUsed() {
        LicenceNumberExtractor other = new LicenceNumberExtractor("GR-\\d{3}-[A-Z]{2}");
        assertThat(other.find("vergunning gr 123 ab")).extracting(Found::value).containsExactly("GR-123-AB");
        assertThat(other.normalize(" gr-123-ab ")).contains("GR-123-AB");
        assertThat(other.normalize("FRL-2026-PB-0042")).isEmpty();
    }
}
