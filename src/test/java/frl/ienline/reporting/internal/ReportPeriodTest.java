package frl.ienline.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.InputRejected;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aYearAndAQuarterParseAndSpanTheirDays() {
        ReportPeriod year = ReportPeriod.parse("2026", "periode");
        ReportPeriod q3 = ReportPeriod.parse(" 2026-q3 ", "periode");

        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q3.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.end()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q3).hasToString("2026-Q3");
        assertThat(year.quarters()).hasSize(4).last().hasToString("2026-Q4");
        assertThat(q3.previous()).hasToString("2025-Q3");
    }

    @Test
    void anythingElseIsRejectedNamingTheParameter() {
        for (String bad : new String[] {"2026-Q5", "26", "2026-07", "Q3-2026", "", "2026Q3", "1999"}) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad, "periode")).as(bad).isInstanceOf(InputRejected.class)
                    .satisfies(e -> assertThat(((InputRejected) e).problems().getFirst().where()).isEqualTo("periode"));
        }
    }
}
