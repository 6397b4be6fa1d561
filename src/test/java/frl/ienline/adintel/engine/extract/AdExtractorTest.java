package frl.ienline.adintel.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdExtractorTest {

    final AdExtractor extractor = new AdExtractor(new TestTowns());

    static AdSnapshot ad(String title, String body, String location, String postcode, Integer age, List<String> phones,
            String licence) {
        return new AdSnapshot("kinky.nl", "a-1", Instant.parse("2026-11-20T10:15:00Z"), null, title, body, location, postcode,
                age, phones, List.of(), List.of(), licence);
    }

    @Test
    void extractsEverythingFromFieldsAndText() {
        AdSnapshot snapshot = ad("Nieuw in Drachten", "Hoi ik ben Lisa, 19 jaar. Bel O6-8765 4321 of mail lisa [at] mail [dot] nl. "
                + "Telegram: @lisa19. Vergunning frl 2026 pb 0042.", null, null, null, List.of("06-12345678"), "FRL-2026-PB-0042");
        AdExtraction x = extractor.extract(snapshot);
        assertThat(x.phoneNumbers()).containsExactly("+31612345678", "+31687654321");
        assertThat(x.phones().get(0).fromField()).isTrue();
        assertThat(x.phones().get(1).span().of(snapshot.fullText())).isEqualTo("O6-8765 4321");
        assertThat(x.emailAddresses()).containsExactly("lisa@mail.nl");
        assertThat(x.handles()).extracting(Handle::name).containsExactly("lisa19");
        assertThat(x.licenceNumberValues()).containsExactly("FRL-2026-PB-0042");
        assertThat(x.claimedAge().years()).isEqualTo(19);
        assertThat(x.towns()).extracting(TownMention::town).containsExactly("drachten");
        assertThat(x.municipality()).isEqualTo(MunicipalityCode.of("GM0090"));
        assertThat(x.indicators()).extracting(IndicatorHit::code).contains("NEW_IN_TOWN", AdExtractor.YOUNG_CODE);
        assertThat(x.riskScore()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void locationFieldThenPostcodeThenTextDecideTheMunicipality() {
        assertThat(extractor.extract(ad(null, "in Sneek", "Ljouwert", "9203", null, List.of(), null)).municipality())
                .isEqualTo(MunicipalityCode.of("GM0080"));
        assertThat(extractor.extract(ad(null, "in Sneek", "Nergenshuizen", "9203 AB", null, List.of(), null)).municipality())
                .isEqualTo(MunicipalityCode.of("GM0090"));
        assertThat(extractor.extract(ad(null, "nu in Snits en Joure", null, null, null, List.of(), null)).municipality())
                .isEqualTo(MunicipalityCode.of("GM1900"));
        assertThat(extractor.extract(ad(null, "geen plaats", null, null, null, List.of(), null)).municipality()).isNull();
    }

    @Test
    void theClaimedAgeFieldWinsOverTheText() {
        AdExtraction x = extractor.extract(ad(null, "18 jaar", null, null, 25, List.of(), null));
        assertThat(x.claimedAge().years()).isEqualTo(25);
        assertThat(x.indicators()).extracting(IndicatorHit::code).doesNotContain(AdExtractor.YOUNG_CODE);
    }
}
