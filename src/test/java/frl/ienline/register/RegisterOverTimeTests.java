package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Time passes (a clock the test moves): the renewal reminder goes out at the rulebook's lead time, the
 * decision becomes final after the objection window, and the licence expires by itself.
 */
@SpringBootTest
class RegisterOverTimeTests {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    LicenceApplications applications;

    @Autowired
    LicenceAdministration licences;

    @Autowired
    LicenceVerification verification;

    @Test
    void reminderFinalityAndExpiry() {
        CLOCK.set(Instant.parse("2026-03-02T09:00:00Z"));
        UUID id = inAssessment(applications, LEEUWARDEN, RegisterFixtures.escort("GM0080", "Test Escort Tijd"),
                person("Tijs Tijd", "1980-01-01"), managers("Tamara Tijd", "1982-01-01"),
                java.time.LocalDate.now(CLOCK));
        String number = as(LEEUWARDEN, () -> applications.decide(id, Outcome.GRANTED, List.of(),
                "Voldoet")).orElseThrow();
        // escort: valid 1 year (until 2027-03-02), renewal lead 12 weeks
        assertThat(licences.remindRenewals()).isZero();

        CLOCK.set(Instant.parse("2026-04-14T09:00:00Z")); // objection window (6 weeks, until 13 April) closed
        assertThat(applications.finaliseClosedObjectionWindows()).isEqualTo(1);
        assertThat(as(LEEUWARDEN, () -> applications.file(id)).application().state()).isEqualTo(ApplicationState.FINAL);

        CLOCK.set(Instant.parse("2026-12-07T09:00:00Z")); // 85 days before expiry
        assertThat(licences.remindRenewals()).isZero();
        CLOCK.set(Instant.parse("2026-12-08T09:00:00Z")); // 84 days before: due
        assertThat(licences.remindRenewals()).isEqualTo(1);
        assertThat(licences.remindRenewals()).isZero();
        assertThat(as(LEEUWARDEN, licences::renewalsDue)).extracting(l -> l.number()).contains(number);

        CLOCK.set(Instant.parse("2027-03-02T09:00:00Z"));
        assertThat(verification.status(number)).isEqualTo(LicenceStatus.VALID);
        CLOCK.set(Instant.parse("2027-03-03T09:00:00Z"));
        assertThat(verification.status(number)).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(as(LEEUWARDEN, licences::renewalsDue)).extracting(l -> l.number()).doesNotContain(number);
    }

    /** A clock the test sets. */
    static final class MovableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MovableClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
