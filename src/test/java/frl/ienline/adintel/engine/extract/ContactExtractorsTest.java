package frl.ienline.adintel.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactExtractorsTest {

    final EmailExtractor emails = new EmailExtractor();
    final LinkExtractor links = new LinkExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"anna.b@mail.nl", "Anna.B@Mail.NL", "anna.b [at] mail [dot] nl", "anna.b(at)mail(dot)nl",
            "anna.b {at} mail.nl", "anna.b[at]mail.nl", "anna.b @ mail.nl", "anna.b at mail dot nl",
            "anna.b apenstaartje mail punt nl", "anna.b (AT) mail (DOT) nl", "anna.b<at>mail<dot>nl"})
    void findsObfuscatedEmailAddresses(String spelling) {
        List<Found> found = emails.find("Mail: " + spelling + " liefs");
        assertThat(found).extracting(Found::value).containsExactly("anna.b@mail.nl");
        assertThat(found.getFirst().span().of("Mail: " + spelling + " liefs")).isEqualTo(spelling);
    }

    @Test
    void plainWordsAreNoEmail() {
        assertThat(emails.find("ik ben at home. Nice to meet you at the hotel")).isEmpty();
        assertThat(emails.find("volg @anna_b op insta")).isEmpty();
    }

    @Test
    void findsUrlsWithoutTrailingPunctuation() {
        String text = "Kijk op https://example.org/anna?x=1. Of www.anna-escort.nl, groetjes";
        assertThat(links.urls(text)).extracting(Found::value)
                .containsExactly("https://example.org/anna?x=1", "www.anna-escort.nl");
    }

    @Test
    void findsHandles() {
        String text = "Telegram: @annab23, snap: anna.b, WhatsApp: 0612345678, insta=anna_b_, t.me/annab23 en @Lisa_x";
        assertThat(links.handles(text)).extracting(Handle::platform, Handle::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("telegram", "annab23"),
                org.assertj.core.groups.Tuple.tuple("snapchat", "anna.b"),
                org.assertj.core.groups.Tuple.tuple("instagram", "anna_b_"),
                org.assertj.core.groups.Tuple.tuple("telegram", "annab23"),
                org.assertj.core.groups.Tuple.tuple("at", "lisa_x"));
    }

    @Test
    void anEmailIsNoHandle() {
        assertThat(links.handles("mail anna@mail.nl")).isEmpty();
    }
}
