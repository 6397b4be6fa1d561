package frl.ienline.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Demo mode writes made-up signals, every one marked, and the demo accounts' organisations see them. */
@SpringBootTest(properties = "ienline.demo.enabled=true")
class DemoSignalsTests {

    @Autowired
    SignalHandling handling;

    @Test
    void demoSignalsAreMarkedAndVisibleToTheDemoOrganisations() {
        var coordinator = TestActors.actor("GM0080", Role.TEAM_COORDINATOR, SignalFixtures.ALL.split(","));
        List<SignalSummary> seen = SignalFixtures.as(coordinator, () -> handling.list(null));
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        for (SignalSummary summary : seen) {
            SignalView view = SignalFixtures.as(coordinator, () -> handling.view(summary.id()));
            assertThat(view.signal().observation()).startsWith("[DEMO]");
        }
        var police = TestActors.actor("POLITIE-NN", Role.POLICE_LIAISON, SignalFixtures.ALL.split(","));
        List<SignalSummary> shared = SignalFixtures.as(police, () -> handling.list(null));
        assertThat(shared).hasSize(1).allMatch(s -> !s.fullAccess());
        SignalView first = SignalFixtures.as(coordinator, () -> handling.view(seen.stream()
                .filter(s -> s.source() == Source.CONTROL).findFirst().orElseThrow().id()));
        assertThat(first.duplicates()).isNotEmpty().allMatch(Signals.Duplicate::samePhone);
    }
}
