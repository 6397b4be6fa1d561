package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.audit.internal.AccessLogEntry;
import frl.ienline.audit.internal.ChainHash;
import frl.ienline.audit.internal.CsvExport;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R18: no exported cell can start a spreadsheet formula. */
class CsvExportTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+31612345678", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")"})
    void cellsThatASpreadsheetWouldEvaluateGetALeadingApostrophe(String dangerous) {
        assertThat(CsvExport.neutralise(dangerous)).isEqualTo("'" + dangerous);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GM0080", "j.de.vries", "licence-application", "a=b", "1+1", "", " =x"})
    void otherCellsStayAsTheyAre(String harmless) {
        assertThat(CsvExport.neutralise(harmless)).isEqualTo(harmless);
    }

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuotedAfterNeutralising() {
        assertThat(CsvExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.cell("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(CsvExport.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    void writesAHeaderAndOneNeutralisedRowPerEntryInLocalTime() {
        AccessLogEntry entry = new AccessLogEntry(7, UUID.randomUUID(), 1, Instant.parse("2025-07-01T08:00:00Z"), null,
                "=evil()", "INSPECTOR", "GM0080", "VIEW", "licence-application", "42", "@alias", "licence-assessment",
                "ALLOWED", "GM0080", "k1", ChainHash.GENESIS, "a".repeat(64));
        String csv = CsvExport.write(List.of(entry), ZoneId.of("Europe/Amsterdam"));
        assertThat(csv).startsWith("\uFEFFseq,occurred_at,actor_name,")
                .contains("\r\n7,2025-07-01T10:00:00+02:00,'=evil(),,INSPECTOR,GM0080,VIEW,licence-application,42,"
                        + "'@alias,licence-assessment,ALLOWED\r\n");
    }
}
