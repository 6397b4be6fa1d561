package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.SupportFigures.SuppressedCount;
import frl.ienline.support.internal.PageBody;
import frl.ienline.support.internal.PageBody.Kind;
import org.junit.jupiter.api.Test;

class SuppressedCountTest {

    @Test
    void smallNumbersAreShownAsBelowTheThreshold() {
        assertThat(SuppressedCount.of(0).shown()).isEqualTo("0");
        assertThat(SuppressedCount.of(1).shown()).isEqualTo("<5");
        assertThat(SuppressedCount.of(4).suppressed()).isTrue();
        assertThat(SuppressedCount.of(5).shown()).isEqualTo("5");
        assertThat(SuppressedCount.of(277).shown()).isEqualTo("277");
    }

    @Test
    void pageTextBecomesHeadingsParagraphsAndListsWithoutMarkup() {
        PageBody body = PageBody.parse("Eerste alinea\nloopt door.\n\n## Kop\n- een\n- <script>twee</script>\nna de lijst");
        assertThat(body.blocks()).extracting(PageBody.Block::kind)
                .containsExactly(Kind.PARAGRAPH, Kind.HEADING, Kind.LIST, Kind.PARAGRAPH);
        assertThat(body.blocks().getFirst().text()).isEqualTo("Eerste alinea loopt door.");
        assertThat(body.blocks().get(2).items()).containsExactly("een", "<script>twee</script>");
    }
}
