package frl.ienline.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bundled versions land in the database at start; published versions cannot be changed there. */
@SpringBootTest
class RulebookPersistenceTests {

    @Autowired
    Rulebook rulebook;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void everyBundledVersionIsRecordedWithItsHash() {
        List<RecordedVersion> history = rulebook.history();

        assertThat(history).extracting(RecordedVersion::id).containsExactly("2026.1", "2026.2", "2027.1", "2027.2", "2027.3", "2027.4", "2027.6");
        assertThat(history).allSatisfy(v -> {
            assertThat(v.contentSha256()).matches("[0-9a-f]{64}");
            assertThat(v.bundled()).isTrue();
            assertThat(v.recordedAt()).isNotNull();
        });
        assertThat(jdbc.sql("SELECT content->>'id' FROM rulebook.versions ORDER BY effective_from")
                .query(String.class).list()).containsExactly("2026.1", "2026.2", "2027.1", "2027.2", "2027.3", "2027.4", "2027.6");
    }

    @Test
    void theVersionInEffectTodayIsMarkedActiveAndFutureVersionsAreNot() {
        LocalDate today = LocalDate.now(clock);
        RulebookVersion active = rulebook.active();

        for (RecordedVersion recorded : rulebook.history()) {
            if (recorded.id().equals(active.id())) {
                assertThat(recorded.firstActivatedAt()).isNotNull();
            }
            if (recorded.effectiveFrom().isAfter(today)) {
                assertThat(recorded.firstActivatedAt()).isNull();
            }
        }
    }

    @Test
    void versionsAreFoundByIdAndDate() {
        assertThat(rulebook.version("2026.1")).isPresent();
        assertThat(rulebook.version("1999.1")).isEmpty();
        assertThat(rulebook.activeOn(LocalDate.of(2026, 3, 1)).id()).isEqualTo("2026.1");
        assertThat(rulebook.activeOn(LocalDate.of(2027, 1, 1)).id()).isEqualTo("2027.1");
        assertThat(rulebook.activeOn(LocalDate.of(2027, 3, 1)).id()).isEqualTo("2027.2");
        assertThat(rulebook.activeOn(LocalDate.of(2027, 5, 1)).id()).isEqualTo("2027.4");
        assertThatThrownBy(() -> rulebook.activeOn(LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first takes effect on 2026-01-01");
    }

    @Test
    void theApplicationCannotChangeOrDeleteARecordedVersion() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE rulebook.versions SET content = '{}'::jsonb WHERE id = '2026.1'").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM rulebook.versions WHERE id = '2026.1'").update())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void theDiffOfTheBundledVersionsShowsTheRealChanges() {
        RulebookDiff diff = rulebook.diff("2026.1", "2027.1");

        assertThat(diff.changes()).extracting(RulebookDiff.Change::path).contains(
                "licenceKinds[EB].renewalLeadTime", "licenceKinds[PB].conditions[PB-09]",
                "supervisionTeam.participations[GM0085].validUntil", "supervisionTeam.participations[GM0098]",
                "enforcement.steps[PENALTY_ORDER].penalties[OPERATOR].amount",
                "retention[SIGNAL_NOT_SUBSTANTIATED].period", "dismissalReasons[AD_OFFLINE]");
        assertThatThrownBy(() -> rulebook.diff("2026.1", "2099.9")).isInstanceOf(IllegalArgumentException.class);
    }
}
