package frl.ienline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.reporting.internal.Figures;
import frl.ienline.reporting.internal.ReportPeriod;
import frl.ienline.reporting.internal.Uniformity.KeyFigure;
import frl.ienline.reporting.internal.Uniformity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The uniformity monitor flags a municipality that lies further from the median of the municipalities than the
 * rulebook allows, says so in one sentence, and flags nothing when the municipalities act alike.
 */
class UniformityTests extends ReportingTesting {

    @Autowired
    Uniformity uniformity;
    @Autowired
    Figures figures;

    static final List<String> TEAM_2025 = List.of("GM0080", "GM0090", "GM1900", "GM0074", "GM1940", "GM1949");

    @Test
    void uniformDataRaisesNoFlag() {
        LocalDate day = LocalDate.of(2019, 6, 3);
        for (String m : List.of("GM0080", "GM0090", "GM1900", "GM0074", "GM1940", "GM1949", "GM0072")) {
            decisions(m, day, 8, "GRANTED", 40);
            decisions(m, day, 2, "REFUSED", 40);
        }

        Uniformity.Monitor monitor = uniformity.monitor(figures.forOpenData(ReportPeriod.year(2019)));

        assertThat(monitor.flags()).isEmpty();
        assertThat(monitor.medians().get(KeyFigure.REFUSAL_SHARE)).isEqualTo(0.2);
        assertThat(monitor.medians().get(KeyFigure.DECISION_TIME)).isEqualTo(40.0);
    }

    @Test
    void aMunicipalityThatRefusesFarMoreOftenIsFlaggedAndTheFlagExplainsItself() throws Exception {
        LocalDate day = LocalDate.of(2018, 6, 3);
        for (String m : List.of("GM0080", "GM0090", "GM1900", "GM0074", "GM1940", "GM1949")) {
            decisions(m, day, 8, "GRANTED", 40);
            decisions(m, day, 2, "REFUSED", 40);
        }
        decisions("GM0072", day, 5, "GRANTED", 95);
        decisions("GM0072", day, 15, "REFUSED", 95);

        Uniformity.Monitor monitor = uniformity.monitor(figures.forOpenData(ReportPeriod.year(2018)));

        assertThat(monitor.flags()).extracting(f -> f.municipality().name(), Uniformity.Flag::figure)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Harlingen", KeyFigure.DECISION_TIME),
                        org.assertj.core.groups.Tuple.tuple("Harlingen", KeyFigure.REFUSAL_SHARE));
        String page = mvc.perform(get("/app/rapportage/monitor").param("periode", "2018").with(TestActors.as(ADVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Harlingen: 15 van 20 besluiten waren een weigering (75 %); mediaan van de gemeenten 20 %.")
                .contains("Harlingen: mediane beslisduur 95 dagen; mediaan van de gemeenten 40 dagen.");
    }

    @Test
    void deviationsFromTheLadderAreComparedAmongTheTeamsMunicipalities() {
        LocalDate day = LocalDate.of(2025, 10, 6);
        for (String m : TEAM_2025) {
            steps(m, day, 10, 0);
        }
        steps("GM0072", day, 7, 3);

        Uniformity.Monitor monitor = uniformity.monitor(figures.forOpenData(ReportPeriod.year(2025)));

        assertThat(monitor.flags()).extracting(f -> f.municipality().name(), Uniformity.Flag::figure)
                .contains(org.assertj.core.groups.Tuple.tuple("Harlingen", KeyFigure.DEVIATION_SHARE));
        Uniformity.Row ameland = monitor.rows().stream().filter(r -> r.municipality().name().equals("Ameland"))
                .findFirst().orElseThrow();
        assertThat(ameland.inTeam()).isFalse();
        assertThat(ameland.cells().get(KeyFigure.DEVIATION_SHARE).applicable()).isFalse();
        List<String> sentences = frl.ienline.reporting.internal.MonitorTexts.sentences(monitor,
                labels(), java.util.Locale.forLanguageTag("nl"));
        assertThat(sentences).contains(
                "Harlingen: <5 van 7 handhavingsstappen weken af van de ladder (niet te tonen); mediaan van de gemeenten 0 %.");
    }

    @Autowired
    frl.ienline.reporting.internal.Labels labels;

    private frl.ienline.reporting.internal.Labels labels() {
        return labels;
    }
}
