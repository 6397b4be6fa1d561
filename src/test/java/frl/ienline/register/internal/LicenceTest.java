package frl.ienline.register.internal;

import static frl.ienline.register.internal.Fixtures.PB_TERMS;
import static frl.ienline.register.internal.Fixtures.inAssessment;
import static frl.ienline.register.internal.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.register.LicenceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A licence's states, computed expiry, amendments and the renewal reminder. */
class LicenceTest {

    static Licence granted() {
        LicenceApplication a = inAssessment("2026-01-05");
        UUID id = UUID.randomUUID();
        a.decide(Outcome.GRANTED_WITH_CONDITIONS, List.of("Beheerder aanwezig"), "ok", LicenceApplicationTest.CLEAN,
                "test-1", 42, id, on("2026-02-01"));
        return Licence.grant(id, "FRL-0080-PB-0001", a, PB_TERMS, on("2026-02-01"));
    }

    private static void refused(Runnable verb, String code) {
        assertThatThrownBy(verb::run).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).code()).isEqualTo(code));
    }

    @Test
    void isValidForTheKindsValidityFromTheDecisionAndThenExpiresByItself() {
        Licence l = granted();
        assertThat(l.validFrom()).isEqualTo("2026-02-01");
        assertThat(l.validUntil()).isEqualTo("2029-02-01");
        assertThat(l.conditions()).containsExactly("Beheerder aanwezig");
        assertThat(l.rulebookVersion()).isEqualTo("test-1");
        assertThat(l.status(LocalDate.parse("2029-02-01"))).isEqualTo(LicenceStatus.VALID);
        assertThat(l.status(LocalDate.parse("2029-02-02"))).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(l.state()).isEqualTo(LicenceState.ACTIVE);
    }

    @Test
    void onlyAGrantCreatesALicence() {
        LicenceApplication a = inAssessment("2026-01-05");
        assertThatThrownBy(() -> Licence.grant(UUID.randomUUID(), "FRL-0080-PB-0001", a, PB_TERMS, on("2026-02-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suspendedUntilADateAndValidAgainAfterIt() {
        Licence l = granted();
        refused(() -> l.suspend(LocalDate.parse("2026-03-01"), "Overtreding", on("2026-03-01")),
                "suspensionEndsInPast");
        l.suspend(LocalDate.parse("2026-04-30"), "Overtreding voorschrift 1", on("2026-03-01"));
        assertThat(l.status(LocalDate.parse("2026-04-30"))).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(l.status(LocalDate.parse("2026-05-01"))).isEqualTo(LicenceStatus.VALID);
        refused(() -> l.suspend(LocalDate.parse("2026-06-01"), "Nog eens", on("2026-03-02")), "wrongLicenceStatus");
        l.liftSuspension("Overtreding opgeheven", on("2026-03-10"));
        assertThat(l.status(LocalDate.parse("2026-03-10"))).isEqualTo(LicenceStatus.VALID);
        refused(() -> l.liftSuspension("x", on("2026-03-11")), "wrongLicenceStatus");
    }

    @Test
    void revokedIsFinal() {
        Licence l = granted();
        l.revoke("Mensenhandel vastgesteld", on("2026-06-01"));
        assertThat(l.status(LocalDate.parse("2026-06-01"))).isEqualTo(LicenceStatus.REVOKED);
        assertThat(l.endedOn()).isEqualTo("2026-06-01");
        refused(() -> l.suspend(LocalDate.parse("2026-07-01"), "x", on("2026-06-02")), "wrongLicenceStatus");
        refused(() -> l.revoke("x", on("2026-06-02")), "wrongLicenceStatus");
        refused(() -> l.lapse(LocalDate.parse("2026-06-02"), "x", on("2026-06-02")), "wrongLicenceStatus");
    }

    @Test
    void lapsesWhenTheExploitationEndsAndIsThenNoLongerValid() {
        Licence l = granted();
        refused(() -> l.lapse(LocalDate.parse("2026-06-10"), "Gestopt", on("2026-06-05")), "endDateInvalid");
        l.lapse(LocalDate.parse("2026-06-01"), "Exploitant meldt einde", on("2026-06-05"));
        assertThat(l.state()).isEqualTo(LicenceState.LAPSED);
        assertThat(l.status(LocalDate.parse("2026-06-05"))).isEqualTo(LicenceStatus.EXPIRED);
    }

    @Test
    void changeOfManagerIsAnAmendmentWithHistoryAndAgeCheck() {
        Licence l = granted();
        Person young = new Person("Piet Jong", LocalDate.parse("2008-01-01"));
        refused(() -> l.addManager(young, 21, "Nieuwe beheerder", on("2026-03-01")), "managerTooYoung");
        Person newManager = new Person("Sara Nieuwbeheer", LocalDate.parse("1985-07-07"));
        l.addManager(newManager, 21, "Nieuwe beheerder gemeld", on("2026-03-01"));
        refused(() -> l.addManager(new Person("sara  NIEUWBEHEER", LocalDate.parse("1985-07-07")), 21, "dubbel",
                on("2026-03-02")), "managerAlreadyListed");
        l.removeManager(0, "Vertrokken", on("2026-03-05"));
        assertThat(l.currentManagers()).containsExactly(newManager);
        assertThat(l.managers()).hasSize(2);
        assertThat(l.managers().getFirst().until()).isEqualTo("2026-03-05");
        refused(() -> l.removeManager(1, "Laatste", on("2026-03-06")), "lastManager");
        refused(() -> l.removeManager(0, "Al weg", on("2026-03-06")), "noSuchManager");
        assertThat(l.history()).extracting(HistoryEntry::action).containsExactly("granted", "managerAdded",
                "managerRemoved");
    }

    @Test
    void renewalReminderAtTheLeadTimeOnce() {
        Licence l = granted(); // valid until 1 Feb 2029; lead 84 days → from 9 Nov 2028
        assertThat(l.renewalDue(LocalDate.parse("2028-11-08"), 84)).isFalse();
        refused(() -> l.remindRenewal(84, on("2028-11-08")), "renewalNotDue");
        assertThat(l.renewalDue(LocalDate.parse("2028-11-09"), 84)).isTrue();
        l.remindRenewal(84, on("2028-11-09"));
        assertThat(l.renewalRemindedOn()).isEqualTo("2028-11-09");
        assertThat(l.renewalDue(LocalDate.parse("2028-11-10"), 84)).isFalse();
    }

    @Test
    void noRenewalReminderForARevokedLicence() {
        Licence l = granted();
        l.revoke("Ingetrokken", on("2028-01-01"));
        assertThat(l.renewalDue(LocalDate.parse("2028-12-01"), 84)).isFalse();
    }
}
