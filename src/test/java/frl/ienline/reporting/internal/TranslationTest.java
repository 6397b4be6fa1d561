package frl.ienline.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.register.LicensingFact;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.supervision.SupervisionFact;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Published facts become counts with codes and days only; their keys are hashes, not the ids. */
class TranslationTest {

    static final MunicipalityCode HARLINGEN = MunicipalityCode.of("GM0072");
    final Translation translation = new Translation(ZoneId.of("Europe/Amsterdam"));

    @Test
    void aDecisionCountsItsOutcomeItsDaysAndWhetherItWasLate() {
        UUID id = UUID.randomUUID();
        List<Fact> facts = translation.of(new LicensingFact.ApplicationDecided(id, HARLINGEN, "PB", "REFUSED",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 20), 64, 56, true));

        assertThat(facts).extracting(Fact::measure, Fact::dimension).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Measure.APPLICATIONS_DECIDED, "REFUSED"),
                org.assertj.core.groups.Tuple.tuple(Measure.DECISION_DAYS, "64"),
                org.assertj.core.groups.Tuple.tuple(Measure.DECISIONS_LATE, "REFUSED"));
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.day()).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(f.municipality()).isEqualTo("GM0072");
            assertThat(f.eventKey()).matches("[0-9a-f]{32}").doesNotContain(id.toString().replace("-", ""));
        });
    }

    @Test
    void aLicenceIsInForceFromItsGrantUntilItsValidityEndsOrItIsRevoked() {
        UUID id = UUID.randomUUID();
        List<Fact> granted = translation.of(new LicensingFact.LicenceGranted(id, HARLINGEN, "PB",
                LocalDate.of(2026, 2, 1), LocalDate.of(2029, 1, 31)));
        List<Fact> revoked = translation.of(new LicensingFact.LicenceStateChanged(id, HARLINGEN, "PB", "REVOKED",
                LocalDate.of(2026, 6, 1), LocalDate.of(2029, 1, 31)));

        assertThat(granted).filteredOn(f -> f.measure() == Measure.LICENCES_IN_FORCE)
                .extracting(Fact::day, Fact::delta)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), 1),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2029, 2, 1), -1));
        assertThat(revoked).filteredOn(f -> f.measure() == Measure.LICENCES_IN_FORCE)
                .extracting(Fact::day, Fact::delta)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 1), -1),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2029, 2, 1), 1));
    }

    @Test
    void aDeviatingLadderStepCountsAsAStepAndAsADeviation() {
        List<Fact> facts = translation.of(new SupervisionFact.EnforcementStepDecided(UUID.randomUUID(),
                UUID.randomUUID(), HARLINGEN, "UNLICENSED", "WARNING", "INTENT", "VIOLATION_ENDED", true,
                LocalDate.of(2026, 5, 4)));

        assertThat(facts).extracting(Fact::measure, Fact::dimension).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Measure.ENFORCEMENT_STEPS, "WARNING"),
                org.assertj.core.groups.Tuple.tuple(Measure.LADDER_DEVIATIONS, "WARNING"));
    }

    @Test
    void aControlCountsDaysFromItsFirstLead() {
        Instant lead = Instant.parse("2026-04-01T10:00:00Z");
        List<Fact> facts = translation.of(new SupervisionFact.ControlReported(UUID.randomUUID(), UUID.randomUUID(),
                HARLINGEN, "DECOY_APPOINTMENT", "WARNING", List.of("BROUGHT_OR_PICKED_UP"),
                Instant.parse("2026-04-11T20:00:00Z"), lead));

        assertThat(facts).extracting(Fact::measure, Fact::dimension).contains(
                org.assertj.core.groups.Tuple.tuple(Measure.CONTROLS, "DECOY_APPOINTMENT"),
                org.assertj.core.groups.Tuple.tuple(Measure.CONTROL_FINDINGS, "BROUGHT_OR_PICKED_UP"),
                org.assertj.core.groups.Tuple.tuple(Measure.LEAD_TO_CONTROL_DAYS, "10"));
    }
}
