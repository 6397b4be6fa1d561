package frl.ienline.adintel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.adintel.web.HighlightedText.Highlight;
import frl.ienline.adintel.web.HighlightedText.Segment;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    @Test
    void cutsTheTextAtEverySpanAndMarksOnlyTheSpans() {
        String text = "Nieuw in Drachten! Bel 06-12345678";
        HighlightedText h = HighlightedText.of(text, List.of(
                new Highlight(0, 17, "indicator", "Nieuw in de stad"),
                new Highlight(9, 17, "town", "Drachten"),
                new Highlight(23, 34, "phone", "+31612345678")));

        assertThat(h.segments()).extracting(Segment::text)
                .containsExactly("Nieuw in ", "Drachten", "! Bel ", "06-12345678");
        assertThat(h.segments()).extracting(Segment::cssClass)
                .containsExactly("hl hl--indicator", "hl hl--indicator hl--town", "hl", "hl hl--phone");
        assertThat(h.segments().get(2).marked()).isFalse();
        assertThat(h.segments().get(1).title()).isEqualTo("Nieuw in de stad; Drachten");
        assertThat(h.text()).isEqualTo(text);
    }

    @Test
    void noHighlightsIsOnePlainSegmentAndEmptyTextIsNone() {
        assertThat(HighlightedText.of("hoi", List.of()).segments())
                .containsExactly(new Segment("hoi", List.of(), List.of()));
        assertThat(HighlightedText.of("", List.of(new Highlight(0, 3, "phone", ""))).segments()).isEmpty();
    }

    @Test
    void spansPastTheEndAreClippedAndEmptySpansIgnored() {
        HighlightedText h = HighlightedText.of("abcdef", List.of(new Highlight(4, 99, "email", "x"),
                new Highlight(2, 2, "phone", "y")));
        assertThat(h.segments()).extracting(Segment::text).containsExactly("abcd", "ef");
        assertThat(h.segments().get(1).kinds()).containsExactly("email");
    }

    @Test
    void aKindIsACssSuffixNeverMarkup() {
        assertThatThrownBy(() -> new Highlight(0, 1, "phone\" onclick=\"x", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Highlight(3, 1, "phone", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markupInTheTextStaysText() {
        HighlightedText h = HighlightedText.of("<b>06</b>", List.of(new Highlight(3, 5, "phone", "<i>")));
        assertThat(h.segments()).extracting(Segment::text).containsExactly("<b>", "06", "</b>");
    }

    @Test
    void randomSpansAlwaysGiveBackTheTextAndCoverExactlyTheirCharacters() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int length = random.nextInt(40);
            String text = "x".repeat(length);
            List<Highlight> spans = new java.util.ArrayList<>();
            boolean[] covered = new boolean[length];
            for (int i = 0; i < random.nextInt(6); i++) {
                int start = random.nextInt(length + 1);
                int end = start + random.nextInt(length - start + 1);
                spans.add(new Highlight(start, end, "indicator", ""));
                for (int c = start; c < end; c++) {
                    covered[c] = true;
                }
            }
            HighlightedText h = HighlightedText.of(text, spans);
            assertThat(h.text()).isEqualTo(text);
            int at = 0;
            for (Segment s : h.segments()) {
                assertThat(s.text()).isNotEmpty();
                for (int c = at; c < at + s.text().length(); c++) {
                    assertThat(covered[c]).isEqualTo(s.marked());
                }
                at += s.text().length();
            }
        }
    }
}
