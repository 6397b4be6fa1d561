package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.rulebook.RulebookFiles;
import frl.ienline.rulebook.RulebookVersions;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mandate follows the rulebook's participation on the day, across versions, without code. */
class MandateTest {

    static final RulebookVersions VERSIONS = RulebookFiles.loadBundled();
    static final Mandate MANDATE = new Mandate(day -> VERSIONS.activeOn(day)
            .orElseThrow(() -> new IllegalArgumentException("No rulebook version on " + day)));

    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");
    static final MunicipalityCode AMELAND = MunicipalityCode.of("GM0060");
    static final MunicipalityCode HARLINGEN = MunicipalityCode.of("GM0072");
    static final MunicipalityCode OOSTSTELLINGWERF = MunicipalityCode.of("GM0085");
    static final MunicipalityCode WESTSTELLINGWERF = MunicipalityCode.of("GM0098");

    @Test
    void aParticipatingMunicipalityIsCoveredAndANonParticipatingOneIsNot() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(MANDATE.covers(LEEUWARDEN, day)).isTrue();
        assertThat(MANDATE.covers(AMELAND, day)).isFalse();
        assertThat(MANDATE.participantsOn(day)).hasSize(11).contains(LEEUWARDEN).doesNotContain(AMELAND);
    }

    @Test
    void beforeTheFirstRulebookVersionNothingIsCovered() {
        assertThat(MANDATE.covers(LEEUWARDEN, LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(MANDATE.participantsOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(MANDATE.covers(HARLINGEN, LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void aChangeInTheNextRulebookVersionTakesEffectOnItsDate() {
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        LocalDate firstDay = LocalDate.of(2027, 1, 1);
        assertThat(MANDATE.covers(OOSTSTELLINGWERF, lastDay)).isTrue();
        assertThat(MANDATE.covers(OOSTSTELLINGWERF, firstDay)).isFalse();
        assertThat(MANDATE.covers(WESTSTELLINGWERF, lastDay)).isFalse();
        assertThat(MANDATE.covers(WESTSTELLINGWERF, firstDay)).isTrue();
        assertThat(MANDATE.participantsOn(firstDay)).hasSize(11);
    }

    @Test
    void theActorsScopeIsNarrowedToTheMandate() {
        assertThat(MANDATE.within(List.of(LEEUWARDEN, AMELAND, HARLINGEN), LocalDate.of(2026, 6, 1)))
                .containsExactly(HARLINGEN, LEEUWARDEN);
        assertThat(MANDATE.within(List.of(AMELAND), LocalDate.of(2026, 6, 1))).isEmpty();
    }
}
