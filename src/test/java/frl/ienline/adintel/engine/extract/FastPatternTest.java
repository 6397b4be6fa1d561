package frl.ienline.adintel.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ReadOutcome;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastPatternTest {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void texts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AdGenerator(GeneratorSettings.of(1500, 5)).write(out, new StringWriter());
        var ads = ((ReadOutcome.Accepted) new AdSnapshotReader().readAll(new ByteArrayInputStream(out.toByteArray())))
                .snapshots();
        ads.stream().map(AdSnapshot::fullText).forEach(TEXTS::add);
        TEXTS.addAll(List.of("", "24/7", "x24/7", "_24h", "Only 3 days! ONLY two days", "🔥24/7🔥 nur 2 Tage",
                "23 jaar, age: 19, Leeftijd 21", "2 meiden ", "é24h", "FRL-0080-PB-0012", "aFRL 0080 PB 0012",
                "İstanbul 24 uur", "only\u00A03 dagen", "ab ab abab", "\uD83D\uDE00a\uDE00b"));
        Random random = new Random(7);
        String alphabet = "aAbB0123456789 /-_.,:éÉİıßſ\u00A0\uD83D\uDE00onlydagen";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            TEXTS.add(text.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the shipped indicator patterns and extractors
            "\\b(?:only|alleen|maar|slechts|nur|doar|solo|tylko|csak)\\s+(?:[1-7]|twee|drie|vier|two|three|four)\\s+(?:dagen|days|tage|zile|dias|días|dni|napig)\\b",
            "\\b24\\s*[/x|\\\\]\\s*7\\b", "\\b24\\s*(?:h|hrs|hours|uur|u|std|ore|ora|óra|часа)\\b", "\\b7\\s*/\\s*24\\b",
            "\\b[2-9]\\s+(?:meiden|dames|girls|ladies|chicas|fete|dziewczyn\\w*|lany|damen)\\b",
            "(?iu)(?<![\\p{L}0-9/.,:-])(1[4-9]|[2-7][0-9])\\s*[-]?\\s*(?:jaar|jr\\.?|years?(?:\\s+old)?|y/o)(?![\\p{L}])",
            "(?iu)(?<![\\p{L}])(?:age|aged|leeftijd|vârsta|възраст)\\s*[:=]?\\s*(1[4-9]|[2-7][0-9])(?![0-9])",
            "(?<![\\p{L}0-9])FRL[\\s\\-_./:]{0,3}\\d{4}[\\s\\-_./:]{0,3}(PB|EB|OE)[\\s\\-_./:]{0,3}\\d{4}(?![\\p{L}0-9])",
            // shapes the reader must get right
            "ab|\\bb", "(?<x>a|b)b", "a+b", "\\p{Lu}\\w", "[^a-z]b", "\\x{41}|\\u0062", "\\d{2,}", "(?:a|b)(?:c|d)?",
            "(?=a)\\w", "^\\d", "\\bß", "[\\]a]b", "(?<!a)(?<![0-9])b", "(?<![a-z])\\d+", "(?<!\\p{L})ab"})
    void findsExactlyWhatTheMatcherFinds(String regex) {
        FastPattern fast = FastPattern.compile(regex, FLAGS);
        assertThat(fast.filtered()).as("start characters read from %s", regex).isTrue();
        assertSame(fast);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a?b", "a*", ".b", "(?>a)b", "\\Rb", "\\Qab\\E", "(?:a|)b", "(?i:a)b", "\\Gab", "a{0,2}b"})
    void fallsBackToEveryPositionWhenItCannotReadTheStart(String regex) {
        FastPattern fast = FastPattern.compile(regex, FLAGS);
        assertThat(fast.filtered()).isFalse();
        assertSame(fast);
    }

    @Test
    void readsNothingFromPatternsInCommentsModeOrLiteral() {
        for (FastPattern fast : List.of(FastPattern.compile("(?x) \\b a  b # a comment", 0),
                FastPattern.compile(" \\b24 h", Pattern.COMMENTS), FastPattern.compile("\\b24", Pattern.LITERAL),
                FastPattern.compile("\u00e9t\u00e9", Pattern.CANON_EQ))) {
            assertThat(fast.filtered()).as(fast.pattern().pattern()).isFalse();
            assertSame(fast);
        }
    }

    @Test
    void theFirstMatchIsTheMatchersFirst() {
        FastPattern fast = FastPattern.compile("(?<![\\p{L}])(?:age|leeftijd)\\s*[:=]?\\s*(1[4-9]|[2-7][0-9])", FLAGS);
        for (String text : TEXTS) {
            Matcher m = fast.pattern().matcher(text);
            MatchResult first = fast.first(text);
            if (m.find()) {
                assertThat(first).isNotNull();
                assertThat(describe(first)).isEqualTo(describe(m.toMatchResult()));
            } else {
                assertThat(first).isNull();
            }
        }
    }

    private static void assertSame(FastPattern fast) {
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher m = fast.pattern().matcher(text);
            while (m.find()) {
                expected.add(describe(m.toMatchResult()));
            }
            List<String> found = new ArrayList<>();
            fast.forEachMatch(text, r -> found.add(describe(r)));
            assertThat(found).as("in %s", text)
                    .isEqualTo(expected);
        }
    }

    private static String describe(MatchResult r) {
        StringBuilder out = new StringBuilder().append(r.start()).append('-').append(r.end());
        for (int g = 1; g <= r.groupCount(); g++) {
            out.append('|').append(r.group(g));
        }
        return out.toString();
    }
}
