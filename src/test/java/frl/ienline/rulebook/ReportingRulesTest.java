package frl.ienline.rulebook;

import static frl.ienline.rulebook.RulebookFilesTest.assertProblems;
import static frl.ienline.rulebook.RulebookFilesTest.bundled;
import static frl.ienline.rulebook.RulebookFilesTest.parse;
import static frl.ienline.rulebook.RulebookFilesTest.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rulebook's reporting section: read and validated like every other part, the default for older versions. */
class ReportingRulesTest {

    static final String SECTION = """
            reporting:
              smallNumberThreshold: 5
              uniformity:
                decisionDays: 14
                refusalShare: 0.20
                ladderRung: 0.5
                ladderDeviationShare: 0.10
                controlsPerLead: 0.25
                leadToControlDays: 14
            """;

    @Test
    void versionsWithoutTheSectionUseTheDefault() {
        assertThat(bundled("2026.1").reporting()).isEqualTo(ReportingRules.DEFAULT);
        assertThat(bundled("2027.1").reporting()).isEqualTo(ReportingRules.DEFAULT);
    }

    @Test
    void version2027Point2StatesTheRules() {
        ReportingRules rules = bundled("2027.2").reporting();

        assertThat(rules.smallNumberThreshold()).isEqualTo(5);
        assertThat(rules.uniformity().decisionDays()).isEqualTo(14);
        assertThat(rules.uniformity().refusalShare()).isEqualByComparingTo("0.20");
        assertThat(rules.uniformity().ladderRung()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void aThresholdBelowTwoIsRefusedWithItsPath() {
        assertProblems(() -> parse(valid() + SECTION.replace("smallNumberThreshold: 5", "smallNumberThreshold: 1")),
                "2026.1.yaml: reporting.smallNumberThreshold: must be a whole number from 2 to 100, not 1");
    }

    @Test
    void aShareAboveOneIsRefusedWithItsPath() {
        assertProblems(() -> parse(valid() + SECTION.replace("refusalShare: 0.20", "refusalShare: 1.5")),
                "2026.1.yaml: reporting.uniformity.refusalShare: must be a number above 0 and at most 1, not 1.5");
    }

    @Test
    void aMissingThresholdAndAnUnknownOneAreNamed() {
        String yaml = valid() + SECTION.replace("    leadToControlDays: 14\n", "    leadToControlWeeks: 2\n");

        assertProblems(() -> parse(yaml), "2026.1.yaml: reporting.uniformity.leadToControlDays: is required");
        assertProblems(() -> parse(yaml), "2026.1.yaml: reporting.uniformity.leadToControlWeeks: unknown field");
    }
}
