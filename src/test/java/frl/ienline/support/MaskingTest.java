package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.support.internal.ClientIdentifier;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masking rules per identifier kind: enough to warn, not to identify. */
class MaskingTest {

    @ParameterizedTest
    @CsvSource({
            "0612345678, 06-12****78",
            "06-12 34 56 78, 06-12****78",
            "+31 6 12345678, 06-12****78",
            "0031612345678, 06-12****78",
            "058 215 70 83, 05-82****83",
            "+44 7911 123456, +44 ********56"})
    void phoneNumbersKeepThePrefixAndTheLastTwoDigits(String raw, String masked) {
        assertThat(new ClientIdentifier(Kind.PHONE, raw).masked()).isEqualTo(masked);
    }

    @Test
    void equalPhoneNumbersNormaliseToTheSameValueForTheBlindIndex() {
        assertThat(new ClientIdentifier(Kind.PHONE, "06-12345678").value())
                .isEqualTo(new ClientIdentifier(Kind.PHONE, "+31612345678").value())
                .isEqualTo("31612345678");
    }

    @ParameterizedTest
    @CsvSource({
            "Jan.Jansen@Gmail.com, j***n@gmail.com",
            "jo@hotmail.com, j***@hotmail.com",
            "client@kapsalon-dokkum.nl, c***t@k***.nl"})
    void emailKeepsFirstAndLastLetterAndOnlyCommonDomains(String raw, String masked) {
        assertThat(new ClientIdentifier(Kind.EMAIL, raw).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"AB-123-C, AB***C", "xx-99-yy, XX***Y", "1-ABC-23, 1A***3"})
    void carPlatesKeepTwoLeadingAndOneTrailingCharacter(String raw, String masked) {
        assertThat(new ClientIdentifier(Kind.CAR_PLATE, raw).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"Big Jan, B** J**", "Mo, M**", "Ömer, Ö***"})
    void nicknamesKeepOnlyTheFirstLetterOfEachWord(String raw, String masked) {
        assertThat(new ClientIdentifier(Kind.NICKNAME, raw).masked()).isEqualTo(masked);
    }

    @Test
    void maskedFormsNeverContainTheFullValue() {
        for (ClientIdentifier id : new ClientIdentifier[] {new ClientIdentifier(Kind.PHONE, "0687654321"),
                new ClientIdentifier(Kind.EMAIL, "pieter@example.org"), new ClientIdentifier(Kind.CAR_PLATE, "GZ-814-K"),
                new ClientIdentifier(Kind.NICKNAME, "Pietje")}) {
            assertThat(id.masked()).doesNotContain(id.value());
            long hidden = id.masked().chars().filter(c -> c == '*').count();
            assertThat(hidden).as(id.kind() + " hides characters").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void invalidIdentifiersAreRejected() {
        assertThatThrownBy(() -> new ClientIdentifier(Kind.PHONE, "12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientIdentifier(Kind.EMAIL, "not-an-address")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientIdentifier(Kind.CAR_PLATE, "A1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientIdentifier(Kind.NICKNAME, "  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
