package frl.ienline.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/measures.md lists every measure of the code, with its source and whether it is open data, and no other. */
class MeasuresDocumentTest {

    static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z_]+)` \\| [^|]+ \\| `([^`]+)` \\| (ja|nee) \\|");

    @Test
    void theDocumentListsEveryMeasureWithItsSource() throws IOException {
        String document = Files.readString(Path.of("docs/measures.md"));
        Matcher rows = ROW.matcher(document);
        List<String> documented = new java.util.ArrayList<>();
        while (rows.find()) {
            Measure measure = Measure.byCode(rows.group(1)).orElseThrow(
                    () -> new AssertionError("docs/measures.md lists an unknown measure " + rows.group(1)));
            assertThat(rows.group(2)).as(measure.code()).isEqualTo(measure.source());
            assertThat(rows.group(3)).as(measure.code()).isEqualTo(measure.openData() ? "ja" : "nee");
            documented.add(measure.code());
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(Measure.values()).map(Measure::code).toList());
    }
}
