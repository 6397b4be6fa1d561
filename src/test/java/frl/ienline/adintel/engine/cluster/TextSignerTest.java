package frl.ienline.adintel.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSignerTest {

    final TextSigner signer = new TextSigner(ClusterSettings.DEFAULT);

    double similarity(String a, String b) {
        int[] x = signer.sign(a, List.of()).shingles();
        int[] y = signer.sign(b, List.of()).shingles();
        return TextSigner.jaccard(x, 0, x.length, y, 0, y.length);
    }

    @Test
    void namesNumbersCaseAccentsAndEmojiDoNotMatter() {
        String a = "Hallo heren, ik ben Anna, 23 jaar. Bel 06-12345678 voor een afspraak in Drachten. Één uur 100 euro.";
        String b = "Hallo heren 💋 ik ben Lisa, 31 jaar! Bel 06 87 65 43 21 voor een afspraak in Sneek. Een uur 150 euro.";
        assertThat(similarity(a, b)).isEqualTo(1.0);
    }

    @Test
    void aSentenceStartIsNotTakenForAName() {
        long[] tokens = signer.tokens("Welkom bij mij. Welkom bij Anna.", List.of());
        assertThat(tokens[0]).isEqualTo(tokens[3]);
        assertThat(tokens[2]).isNotEqualTo(tokens[5]);
    }

    @Test
    void maskedSpansBecomePlaceholders() {
        String a = "bel mij op nul zes een twee drie vier vijf zes zeven acht of mail anna@mail.nl vandaag nog";
        String b = "bel mij op 0687654321 of mail lisa@post.nl vandaag nog";
        List<Mask> maskA = List.of(mask(a, "nul zes een twee drie vier vijf zes zeven acht", '#'), mask(a, "anna@mail.nl", '@'));
        List<Mask> maskB = List.of(mask(b, "0687654321", '#'), mask(b, "lisa@post.nl", '@'));
        int[] x = signer.sign(a, maskA).shingles();
        int[] y = signer.sign(b, maskB).shingles();
        assertThat(TextSigner.jaccard(x, 0, x.length, y, 0, y.length)).isEqualTo(1.0);
    }

    static Mask mask(String text, String part, char placeholder) {
        int at = text.indexOf(part);
        return new Mask(at, at + part.length(), placeholder);
    }

    @Test
    void unrelatedTextsAreFarApartAndShortTextsAreNotClustered() {
        assertThat(similarity("Ik bied een ontspannende massage in alle rust, bel voor een afspraak vandaag",
                "Sexy meid nieuw in de stad, alleen deze week beschikbaar met lingerie op verzoek")).isLessThan(0.1);
        assertThat(weighed("Bel me").clusterable()).isFalse();
        assertThat(weighed("Hallo heren ik ben nieuw in de stad en wacht op jou").clusterable()).isTrue();
    }

    WeightedText weighed(String text) {
        return WeightedText.of(signer.sign(text, List.of()).shingles(), 0L, StockModel.EMPTY, ClusterSettings.DEFAULT, signer);
    }

    @Test
    void signaturesAreDeterministic() {
        String text = "Hallo heren ik ben nieuw in de stad en wacht op jou met een glimlach";
        assertThat(WeightedText.of(new TextSigner(ClusterSettings.DEFAULT).sign(text, List.of()).shingles(), 0L, StockModel.EMPTY,
                ClusterSettings.DEFAULT, new TextSigner(ClusterSettings.DEFAULT)).bandKeys()).containsExactly(weighed(text).bandKeys());
    }

    @Test
    void theCandidateCurveIsSteep() {
        ClusterSettings s = ClusterSettings.DEFAULT;
        assertThat(s.candidateProbability(0.6)).isGreaterThan(0.99);
        assertThat(s.candidateProbability(0.1)).isLessThan(0.05);
    }
}
