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

    @Autowired
    frl.ienline.register.internal.RegisterRetention retention;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void endedLicencesAndRefusedApplicationsAreDestroyedAfterTheRulebooksPeriods() {
        CLOCK.set(Instant.parse("2026-05-04T09:00:00Z"));
        java.time.LocalDate today = java.time.LocalDate.now(CLOCK);
        UUID granted = inAssessment(applications, LEEUWARDEN, RegisterFixtures.escort("GM0080", "Canary Escort Qx7"),
                person("Canary Holder Qx7", "1980-01-01"), managers("Canary Manager Qx7", "1982-01-01"), today);
        String number = as(LEEUWARDEN, () -> applications.decide(granted, Outcome.GRANTED, List.of(), "Voldoet"))
                .orElseThrow();
        UUID refused = inAssessment(applications, LEEUWARDEN, RegisterFixtures.escort("GM0080", "Canary Refused Qx7"),
                person("Canary Refusee Qx7", "1980-01-01"), managers("Canary Refmanager Qx7", "1982-01-01"), today);
        as(LEEUWARDEN, () -> { // a refusal is preceded by a view (zienswijze)
            applications.inviteView(refused, today.plusDays(14), "Voornemen tot weigeren");
            applications.recordView(refused, "Geen zienswijze gegeven");
            return applications.decide(refused, Outcome.REFUSED, List.of(), "Bibob: ernstig gevaar");
        });
        CLOCK.set(Instant.parse("2026-06-16T09:00:00Z")); // objection windows closed
        applications.finaliseClosedObjectionWindows();

        // the escort licence ran until 2027-05-04; five years later (LICENCE_ENDED, P5Y) it may go
        CLOCK.set(Instant.parse("2031-06-17T09:00:00Z")); // refusal final 2026-06-16 + 5 years: due
        assertThat(canaryRows()).isPositive();
        var dryRun = retention.run(true);
        assertThat(dryRun).filteredOn(d -> d.category().equals("LICENCE_APPLICATION_REFUSED"))
                .singleElement().satisfies(d -> assertThat(d.applications()).isGreaterThanOrEqualTo(1));
        assertThat(dryRun).filteredOn(d -> d.category().equals("LICENCE_ENDED"))
                .singleElement().satisfies(d -> assertThat(d.licences()).isZero()); // ended 2027-05-04: not yet
        assertThat(exists("register.application", refused)).as("a dry run deletes nothing").isTrue();

        retention.run(false);
        assertThat(exists("register.application", refused)).isFalse();
        assertThat(exists("register.application", granted)).isTrue();
        assertThat(verification.status(number)).isEqualTo(LicenceStatus.EXPIRED);

        CLOCK.set(Instant.parse("2032-05-05T09:00:00Z")); // licence ended 2027-05-04 + 5 years: due
        retention.run(false);
        assertThat(exists("register.application", granted)).isFalse();
        assertThat(verification.status(number)).isEqualTo(LicenceStatus.UNKNOWN);
        assertThat(canaryRows()).as("no trace of the names in any register table").isZero();
        assertThat(retention.records()).extracting(d -> d.category())
                .contains("LICENCE_APPLICATION_REFUSED", "LICENCE_ENDED");
    }

    private boolean exists(String table, UUID id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    /** Rows of any register table with a text column holding the canary. */
    private long canaryRows() {
        List<String[]> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = 'register' AND data_type IN ('text', 'ARRAY', 'jsonb')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        long rows = 0;
        for (String[] c : columns) {
            rows += jdbc.sql("SELECT count(*) FROM register." + c[0] + " WHERE CAST(" + c[1]
                    + " AS text) ILIKE '%qx7%'").query(Long.class).single();
        }
        return rows;
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
