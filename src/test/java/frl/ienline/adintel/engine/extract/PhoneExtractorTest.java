package frl.ienline.adintel.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneExtractorTest {

    final PhoneExtractor extractor = new PhoneExtractor();

    List<String> values(String text) {
        return extractor.find(text).stream().map(Found::value).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0612345678", "06-12345678", "06 12345678", "06 12 34 56 78", "06.12.34.56.78", "06/12345678",
            "06 - 123 456 78", "+31 6 1234 5678", "+31612345678", "+31 (0)6 12345678", "+31(0)612345678",
            "0031612345678", "0031 6 12 34 56 78", "0031 (0)6 1234 5678", "(06)12345678", "(06) 123 45 678",
            "O6-1234 5678", "o6 12345678", "06-l2345678", "O6-I2345678", "０６１２３４５６７８", "０６－１２３４５６７８",
            "٠٦١٢٣٤٥٦٧٨", "۰۶۱۲۳۴۵۶۷۸", "०६१२३४५६७८",
            "nul zes één twee drie vier vijf zes zeven acht", "nul zes een twee drie vier vijf zes zeven acht",
            "Nul Zes - Een Twee - Drie Vier - Vijf Zes - Zeven Acht",
            "zero six one two three four five six seven eight", "ZERO SIX ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT",
            "oh six one two three four five six seven eight", "06 een twee drie vier 5678", "nul zes 1234 5678",
            "0 6 1 2 3 4 5 6 7 8", "06\u00A012\u00A034\u00A056\u00A078", "06–12345678", "06_1234_5678", "06*12*34*56*78",
            "31612345678", "wa.me/31612345678"})
    void findsOneDutchMobileInManySpellings(String spelling) {
        assertThat(values("Bel me: " + spelling + " voor een afspraak")).containsExactly("+31612345678");
    }

    @Test
    void spansCoverTheWrittenNumber() {
        String text = "Bel nu O6-1234 5678!";
        Found found = extractor.find(text).getFirst();
        assertThat(found.span().of(text)).isEqualTo("O6-1234 5678");
        String plus = "call +31 6 1234 5678 now";
        assertThat(extractor.find(plus).getFirst().span().of(plus)).isEqualTo("+31 6 1234 5678");
    }

    @Test
    void findsSeveralNumbersInOneRun() {
        assertThat(values("06-12345678 / 06-87654321")).containsExactly("+31612345678", "+31687654321");
        assertThat(values("bel 0612345678 of 0687654321")).containsExactly("+31612345678", "+31687654321");
    }

    @Test
    void landlinesAndForeignNumbers() {
        assertThat(values("vast: 058-2123456")).containsExactly("+31582123456");
        assertThat(values("Romania +40 721 234 567")).containsExactly("+40721234567");
        assertThat(values("0040 721 234 567")).containsExactly("+40721234567");
        assertThat(values("Polska +48 512 345 678")).containsExactly("+48512345678");
        assertThat(values("Deutschland +49 (0)151 23456789")).containsExactly("+4915123456789");
    }

    @Test
    void numbersFollowedByPricesOrAgesStillCome() {
        assertThat(values("06 12 34 56 78 100 euro")).containsExactly("+31612345678");
        assertThat(values("zes 0612345678")).containsExactly("+31612345678");
    }

    @Test
    void doesNotInventNumbers() {
        assertThat(values("24/7 beschikbaar, 100 euro per uur, 30 min 60 euro, 23 jaar, postcode 9203 AB")).isEmpty();
        assertThat(values("datum 20-11-2026 om 10:15")).isEmpty();
        assertThat(values("Hallo lieverds, ik ben een leuke meid")).isEmpty();
        assertThat(values("0000000000")).isEmpty();
        assertThat(values("612345678")).isEmpty();
        assertThat(values("kvk 12345678 btw NL001234567B01")).isEmpty();
        assertThat(values("een twee drie")).isEmpty();
    }

    @Test
    void normalisesTheStructuredField() {
        assertThat(extractor.normalize("06-12345678")).contains("+31612345678");
        assertThat(extractor.normalize("+31 6 1234 5678")).contains("+31612345678");
        assertThat(extractor.normalize("bel mij")).isEmpty();
        assertThat(extractor.normalize(null)).isEmpty();
    }
}
