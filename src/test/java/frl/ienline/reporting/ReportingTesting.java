package frl.ienline.reporting;

import frl.ienline.MutableClock;
import frl.ienline.TestActors.TestActor;
import frl.ienline.TestActors;
import frl.ienline.register.LicensingFact;
import frl.ienline.reporting.internal.StatisticsIntake;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import frl.ienline.supervision.SupervisionFact;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the reporting tests share (so they share one Spring context): the real application on its embedded
 * PostgreSQL, a clock tests can move, the reporting roles, and helpers that publish facts for a past year into
 * the statistics store through the same intake as the live events. Each test class uses years of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
@TestPropertySource(properties = "ienline.exports.per-actor-per-hour=40")
public abstract class ReportingTesting {

    static final String[] ALL = {"GM0059", "GM0060", "GM1891", "GM1940", "GM0072", "GM0074", "GM0080", "GM1970",
        "GM0085", "GM0086", "GM0088", "GM0090", "GM1900", "GM0093", "GM0737", "GM0096", "GM1949", "GM0098"};

    protected static final TestActor ADVISOR = TestActors.actor("SDF", Role.POLICY_ADVISOR, ALL);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected StatisticsIntake intake;
    @Autowired
    protected MutableClock clock;

    /** {@code count} applications received in the municipality on the day. */
    protected void applications(String municipality, LocalDate day, int count) {
        for (int i = 0; i < count; i++) {
            intake.record(new LicensingFact.ApplicationReceived(UUID.randomUUID(), MunicipalityCode.of(municipality),
                    "PB", "ONLINE", day), false);
        }
    }

    /** {@code count} decisions with the outcome, each taking {@code days} days. */
    protected void decisions(String municipality, LocalDate day, int count, String outcome, int days) {
        for (int i = 0; i < count; i++) {
            intake.record(new LicensingFact.ApplicationDecided(UUID.randomUUID(), MunicipalityCode.of(municipality),
                    "PB", outcome, day.minusDays(days), day, days, 56, days > 56), false);
        }
    }

    /** {@code count} ladder steps, of which {@code deviating} deviated from the ladder's proposal. */
    protected void steps(String municipality, LocalDate day, int count, int deviating) {
        for (int i = 0; i < count; i++) {
            intake.record(new SupervisionFact.EnforcementStepDecided(UUID.randomUUID(), UUID.randomUUID(),
                    MunicipalityCode.of(municipality), "UNLICENSED", "WARNING", i < deviating ? "INTENT" : "WARNING",
                    i < deviating ? "VIOLATION_ENDED" : null, true, day), false);
        }
    }

    protected Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(clock.getZone()).toInstant();
    }

    protected static void await(BooleanSupplier condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not so within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
