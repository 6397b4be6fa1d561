package frl.ienline.adintel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierMaskTest {

    @Test
    void phonesKeepCountryPrefixAndLastTwoDigits() {
        assertThat(IdentifierMask.phone("+31612345678")).isEqualTo("+316••••••78").doesNotContain("123456");
        assertThat(IdentifierMask.phone("+4915112345678")).startsWith("+49").endsWith("78").doesNotContain("1234");
        assertThat(IdentifierMask.phone("+31")).isEqualTo("•••");
    }

    @Test
    void emailsKeepTheFirstLetterAndTheDomain() {
        assertThat(IdentifierMask.email("anna.b@mail.nl")).isEqualTo("a•••@mail.nl");
        assertThat(IdentifierMask.email("nodomain")).doesNotContain("nodomain");
    }

    @Test
    void handlesKeepThePlatform() {
        assertThat(IdentifierMask.handle("telegram:anna_23")).isEqualTo("telegram:a•••");
        assertThat(IdentifierMask.handle("anna")).isEqualTo("a•••");
    }

    @Test
    void maskByKindLeavesOtherKindsAlone() {
        assertThat(IdentifierMask.mask("PHONE", "+31612345678")).isEqualTo("+316••••••78");
        assertThat(IdentifierMask.mask("TOWN", "Drachten")).isEqualTo("Drachten");
        assertThat(IdentifierMask.mask("IMAGE", "9f86d081884c7d659a2f")).isEqualTo("9f86d081884c…");
        assertThat(IdentifierMask.isIdentifier("EMAIL")).isTrue();
        assertThat(IdentifierMask.isIdentifier("URL")).isFalse();
    }

    @Test
    void aLimitedViewerSeesIdentifiersMaskedAndOnlyTheHostOfAUrl() {
        assertThat(IdentifierMask.limited("PHONE", "+31612345678")).isEqualTo("+316••••••78");
        assertThat(IdentifierMask.limited("URL", "https://example.org/anna-23?tel=0612345678")).isEqualTo("example.org");
        assertThat(IdentifierMask.limited("URL", "not a url")).doesNotContain("url");
        assertThat(IdentifierMask.limited("LICENCE_NUMBER", "FRL-0080-PB-0001")).isEqualTo("FRL-0080-PB-0001");
    }
}
