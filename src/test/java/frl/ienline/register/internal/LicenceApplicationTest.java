package frl.ienline.register.internal;

import static frl.ienline.register.internal.Fixtures.PB_TERMS;
import static frl.ienline.register.internal.Fixtures.inAssessment;
import static frl.ienline.register.internal.Fixtures.on;
import static frl.ienline.register.internal.Fixtures.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.register.internal.DecisionCheck.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every transition of an application with its guard, and every deadline rule (calendar days). */
class LicenceApplicationTest {

    static final List<DecisionCheck> CLEAN = List.of(DecisionCheck.of("history", Verdict.PASS, 5));

    private static void refused(Runnable verb, String code) {
        assertThatThrownBy(verb::run).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).code()).isEqualTo(code));
    }

    @Nested
    class OnlineDraft {

        @Test
        void startsAsDraftWithAHashedCodeAndNoDeadline() {
            FollowUpCode code = FollowUpCode.random(Fixtures.RANDOM);
            LicenceApplication a = LicenceApplication.startOnline(UUID.randomUUID(),
                    ApplicationReference.random(Fixtures.RANDOM), code, on("2026-03-02"));
            assertThat(a.state()).isEqualTo(ApplicationState.DRAFT);
            assertThat(a.decisionDeadline(LocalDate.parse("2026-03-02"))).isNull();
            assertThat(FollowUpCode.matches(code.reveal(), a.followUpCodeHash())).isTrue();
            assertThat(FollowUpCode.matches(code.reveal().toLowerCase().replace("-", " "),
                    a.followUpCodeHash())).isTrue();
            assertThat(FollowUpCode.matches("AAAA-BBBB-CCCC-DDDD", a.followUpCodeHash())).isFalse();
            assertThat(a.history()).extracting(HistoryEntry::action).containsExactly("started");
        }

        @Test
        void cannotBeSubmittedUntilBusinessOperatorAndManagersAreThere() {
            LicenceApplication a = LicenceApplication.startOnline(UUID.randomUUID(),
                    ApplicationReference.random(Fixtures.RANDOM), FollowUpCode.random(Fixtures.RANDOM),
                    on("2026-03-02"));
            a.describeBusiness(Fixtures.club("GM0080"), on("2026-03-02"));
            assertThat(a.missingParts()).containsExactly("operator", "managers");
            refused(() -> a.submit(PB_TERMS, on("2026-03-03")), "incompleteDraft");
            a.nameOperator(Fixtures.operator(), on("2026-03-03"));
            a.nameManagers(Fixtures.managers(), on("2026-03-03"));
            a.submit(PB_TERMS, on("2026-03-04"));
            assertThat(a.state()).isEqualTo(ApplicationState.RECEIVED);
            assertThat(a.receivedOn()).isEqualTo("2026-03-04");
            assertThat(a.decisionDeadline(LocalDate.parse("2026-03-04")).due()).isEqualTo("2026-04-29");
        }

        @Test
        void contentsChangeOnlyWhileDraft() {
            LicenceApplication a = received("2026-03-02");
            refused(() -> a.describeBusiness(Fixtures.club("GM0080"), on("2026-03-03")), "wrongState");
            refused(() -> a.nameManagers(Fixtures.managers(), on("2026-03-03")), "wrongState");
        }

        @Test
        void aManagerIsRequired() {
            LicenceApplication a = LicenceApplication.startOnline(UUID.randomUUID(),
                    ApplicationReference.random(Fixtures.RANDOM), FollowUpCode.random(Fixtures.RANDOM),
                    on("2026-03-02"));
            refused(() -> a.nameManagers(List.of(), on("2026-03-02")), "managerRequired");
        }
    }

    @Nested
    class Paper {

        @Test
        void isReceivedOnThePaperDateAndTheTermRunsFromThere() {
            LicenceApplication a = received("2026-01-05");
            assertThat(a.channel()).isEqualTo(LicenceApplication.Channel.PAPER);
            assertThat(a.state()).isEqualTo(ApplicationState.RECEIVED);
            assertThat(a.decisionDeadline(LocalDate.parse("2026-01-05")).due()).isEqualTo("2026-03-02");
        }

        @Test
        void cannotBeReceivedInTheFuture() {
            refused(() -> LicenceApplication.registerPaper(UUID.randomUUID(),
                    ApplicationReference.random(Fixtures.RANDOM),
                    Fixtures.club("GM0080"), Fixtures.operator(), Fixtures.managers(), LocalDate.parse("2026-02-01"),
                    PB_TERMS, on("2026-01-31")), "receivedInFuture");
        }
    }

    @Nested
    class Deadlines {

        @Test
        void decisionTermIsCalendarDaysAndAWeekendDueDateIsNotMoved() {
            // received Saturday 3 January 2026; + 56 days = Saturday 28 February 2026
            LicenceApplication a = received("2026-01-03");
            DecisionDeadline deadline = a.decisionDeadline(LocalDate.parse("2026-01-10"));
            assertThat(deadline.due()).isEqualTo("2026-02-28");
            assertThat(deadline.due().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
            assertThat(deadline.overdue()).isFalse();
        }

        @Test
        void whenTheRulebookSaysSoAWeekendDueDateMovesToMonday() {
            LicenceApplication saturday = received("2026-01-03"); // due Saturday 28 February
            assertThat(saturday.decisionDeadline(LocalDate.parse("2026-01-10"), true).due()).isEqualTo("2026-03-02");
            LicenceApplication sunday = received("2026-01-04"); // due Sunday 1 March
            assertThat(sunday.decisionDeadline(LocalDate.parse("2026-01-10"), true).due()).isEqualTo("2026-03-02");
            LicenceApplication monday = received("2026-01-05");
            assertThat(monday.decisionDeadline(LocalDate.parse("2026-01-10"), true).due()).isEqualTo("2026-03-02");
            assertThat(saturday.decisionDeadline(LocalDate.parse("2026-03-01"), true).overdue()).isFalse();
        }

        @Test
        void overdueTheDayAfterTheDueDateAndLateNeverGrants() {
            LicenceApplication a = inAssessment("2026-01-05");
            assertThat(a.decisionDeadline(LocalDate.parse("2026-03-02")).overdue()).isFalse();
            DecisionDeadline late = a.decisionDeadline(LocalDate.parse("2026-03-03"));
            assertThat(late.overdue()).isTrue();
            assertThat(a.state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
            assertThat(a.decision()).isNull();
            assertThat(a.licenceId()).isNull();
        }

        @Test
        void theOneExtensionAddsTheRulebookExtension() {
            LicenceApplication a = inAssessment("2026-01-05");
            a.extendDecisionTerm("Complex dossier", on("2026-02-20"));
            DecisionDeadline deadline = a.decisionDeadline(LocalDate.parse("2026-02-20"));
            assertThat(deadline.extended()).isTrue();
            assertThat(deadline.due()).isEqualTo("2026-04-27"); // 2 March + 56
            refused(() -> a.extendDecisionTerm("Nog eens", on("2026-02-21")), "alreadyExtended");
        }

        @Test
        void extensionMustBeAnnouncedBeforeTheTermRunsOut() {
            LicenceApplication a = inAssessment("2026-01-05");
            refused(() -> a.extendDecisionTerm("Te laat", on("2026-03-03")), "termAlreadyExpired");
            a.extendDecisionTerm("Net op tijd", on("2026-03-02"));
            assertThat(a.extendedOn()).isEqualTo("2026-03-02");
        }

        @Test
        void repairRequestSuspendsTheTermAndTheDaysAreAddedBack() {
            LicenceApplication a = received("2026-01-05"); // due 2 March
            a.requestInformation(UUID.randomUUID(), "Bedrijfsplan ontbreekt", 28, on("2026-01-10"));
            assertThat(a.state()).isEqualTo(ApplicationState.INCOMPLETE);
            assertThat(a.repairDeadline()).isEqualTo("2026-02-07");
            DecisionDeadline during = a.decisionDeadline(LocalDate.parse("2026-01-20"));
            assertThat(during.suspended()).isTrue();
            assertThat(during.overdue()).isFalse();
            assertThat(during.due()).isEqualTo("2026-03-12"); // provisional: 10 days so far
            UUID request = a.requests().getFirst().id();
            a.supplyInformation(request, "Bijgevoegd", on("2026-01-24"));
            assertThat(a.state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
            DecisionDeadline after = a.decisionDeadline(LocalDate.parse("2026-05-01"));
            assertThat(after.suspendedDays()).isEqualTo(14);
            assertThat(after.due()).isEqualTo("2026-03-16");
            assertThat(after.suspended()).isFalse();
        }

        @Test
        void anUnansweredRepairRequestStopsSuspendingAtItsDeadline() {
            LicenceApplication a = received("2026-01-05");
            a.requestInformation(UUID.randomUUID(), "Plattegrond ontbreekt", 28, on("2026-01-10"));
            DecisionDeadline later = a.decisionDeadline(LocalDate.parse("2026-04-01"));
            assertThat(later.suspendedDays()).isEqualTo(28);
            assertThat(later.suspended()).isFalse();
            assertThat(later.due()).isEqualTo("2026-03-30");
            assertThat(later.overdue()).isTrue();
        }

        @Test
        void bibobAdviceSuspendsAtMostItsTermAndTheExtensionOnce() {
            LicenceApplication a = inAssessment("2026-01-05"); // due 2 March
            a.requestBibobAdvice(56, "Onduidelijke financiering", on("2026-01-15"));
            assertThat(a.state()).isEqualTo(ApplicationState.BIBOB_ADVICE_REQUESTED);
            assertThat(a.bibobAdviceDue()).isEqualTo("2026-03-12");
            assertThat(a.decisionDeadline(LocalDate.parse("2026-03-01")).suspended()).isTrue();
            assertThat(a.decisionDeadline(LocalDate.parse("2026-04-01")).suspendedDays()).isEqualTo(56);
            a.extendBibobAdvice(28, "Verlengd door het LBB", on("2026-03-01"));
            assertThat(a.bibobAdviceDue()).isEqualTo("2026-04-09");
            refused(() -> a.extendBibobAdvice(28, "Nog eens", on("2026-03-02")), "bibobAlreadyExtended");
            a.recordBibobAdvice(BibobOutcome.NO_DANGER, "Geen gevaar", on("2026-03-25"));
            DecisionDeadline deadline = a.decisionDeadline(LocalDate.parse("2026-03-25"));
            assertThat(deadline.suspendedDays()).isEqualTo(69);
            assertThat(deadline.due()).isEqualTo("2026-05-10");
            assertThat(a.state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
        }

        @Test
        void suspensionsAndTheExtensionAddUp() {
            LicenceApplication a = received("2026-01-05");
            a.requestInformation(UUID.randomUUID(), "KvK-uittreksel", 28, on("2026-01-06"));
            a.supplyInformation(a.requests().getFirst().id(), "Hierbij", on("2026-01-16")); // 10 days
            a.requestBibobAdvice(56, null, on("2026-01-20"));
            a.recordBibobAdvice(BibobOutcome.NO_DANGER, "Geen gevaar", on("2026-02-19")); // 30 days
            a.extendDecisionTerm("Zorgvuldigheid", on("2026-02-20"));
            assertThat(a.decisionDeadline(LocalDate.parse("2026-02-20")).due())
                    .isEqualTo(LocalDate.parse("2026-01-05").plusDays(56 + 56 + 10 + 30));
        }
    }

    @Nested
    class Steps {

        @Test
        void informationCanBeRequestedOnlyBeforeTheDecisionAndOutsideOtherSuspensions() {
            LicenceApplication a = inAssessment("2026-01-05");
            a.requestBibobAdvice(56, null, on("2026-01-10"));
            refused(() -> a.requestInformation(UUID.randomUUID(), "x", 28, on("2026-01-11")), "wrongState");
        }

        @Test
        void anAnswerToAnUnknownRequestIsRefused() {
            LicenceApplication a = received("2026-01-05");
            a.requestInformation(UUID.randomUUID(), "Plattegrond", 28, on("2026-01-06"));
            refused(() -> a.supplyInformation(UUID.randomUUID(), "x", on("2026-01-07")), "noSuchOpenRequest");
        }

        @Test
        void notConsideredOnlyAfterTheRepairTermAndItIsADecision() {
            LicenceApplication a = received("2026-01-05");
            a.requestInformation(UUID.randomUUID(), "Plattegrond", 28, on("2026-01-06"));
            refused(() -> a.declineToConsider("Niet aangevuld", "test-1", 42, on("2026-02-03")), "repairTermRunning");
            a.declineToConsider("Niet aangevuld", "test-1", 42, on("2026-02-04"));
            assertThat(a.state()).isEqualTo(ApplicationState.DECIDED);
            assertThat(a.decision().outcome()).isEqualTo(Outcome.NOT_CONSIDERED);
            assertThat(a.decision().objectionDeadline()).isEqualTo("2026-03-18");
            assertThat(a.suspensions().getFirst().endedOn()).isEqualTo("2026-02-03");
        }

        @Test
        void assessmentStartsOnlyFromReceived() {
            LicenceApplication a = inAssessment("2026-01-05");
            refused(() -> a.startAssessment(on("2026-01-06")), "wrongState");
        }

        @Test
        void bibobOnlyOnceAndOnlyInAssessment() {
            LicenceApplication r = received("2026-01-05");
            refused(() -> r.requestBibobAdvice(56, null, on("2026-01-06")), "wrongState");
            LicenceApplication a = inAssessment("2026-01-05");
            a.requestBibobAdvice(56, null, on("2026-01-06"));
            a.recordBibobAdvice(BibobOutcome.NO_DANGER, "Geen gevaar", on("2026-01-20"));
            refused(() -> a.requestBibobAdvice(56, null, on("2026-01-21")), "bibobAlreadyRequested");
        }

        @Test
        void viewHearingNeedsAFutureDueDateAndCanBeResumedFrom() {
            LicenceApplication a = inAssessment("2026-01-05");
            refused(() -> a.inviteView(LocalDate.parse("2026-01-10"), "Voornemen tot weigering", on("2026-01-10")),
                    "viewDueInPast");
            a.inviteView(LocalDate.parse("2026-01-24"), "Voornemen tot weigering", on("2026-01-10"));
            assertThat(a.state()).isEqualTo(ApplicationState.HEARING);
            a.recordView("Aanvrager betwist de feiten", on("2026-01-20"));
            assertThat(a.viewSummary()).isEqualTo("Aanvrager betwist de feiten");
            a.resumeAssessment(on("2026-01-21"));
            assertThat(a.state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
        }

        @Test
        void withdrawnBeforeTheDecisionOnly() {
            LicenceApplication a = received("2026-01-05");
            a.withdraw("Aanvrager ziet af", on("2026-01-08"));
            assertThat(a.state()).isEqualTo(ApplicationState.WITHDRAWN);
            refused(() -> a.withdraw("nog eens", on("2026-01-09")), "notWithdrawable");
        }
    }

    @Nested
    class Deciding {

        @Test
        void grantWithConditionsRecordsTheRulebookVersionAndOpensTheObjectionWindow() {
            LicenceApplication a = inAssessment("2026-01-05");
            UUID licence = UUID.randomUUID();
            a.decide(Outcome.GRANTED_WITH_CONDITIONS, List.of("Beheerder aanwezig", " "), "Voldoet", CLEAN, "test-1",
                    42,
                    licence, on("2026-02-01"));
            assertThat(a.state()).isEqualTo(ApplicationState.DECIDED);
            assertThat(a.decision().conditions()).containsExactly("Beheerder aanwezig");
            assertThat(a.decision().rulebookVersion()).isEqualTo("test-1");
            assertThat(a.decision().objectionDeadline()).isEqualTo("2026-03-15");
            assertThat(a.licenceId()).isEqualTo(licence);
            assertThat(a.history().getLast().action()).isEqualTo("decided.GRANTED_WITH_CONDITIONS");
            assertThat(a.history().getLast().by()).isEqualTo("officer-a");
            assertThat(a.history().getLast().reason()).isEqualTo("Voldoet");
        }

        @Test
        void aBlockingCheckPreventsAGrant() {
            LicenceApplication a = inAssessment("2026-01-05");
            List<DecisionCheck> tooYoung = List.of(DecisionCheck.of("ageManager", Verdict.BLOCKING, "X", 19, 21));
            refused(() -> a.decide(Outcome.GRANTED, List.of(), "ok", tooYoung, "test-1", 42, UUID.randomUUID(),
                    on("2026-02-01")), "blockingCheck");
        }

        @Test
        void grantedWithConditionsNeedsConditionsAndPlainGrantHasNone() {
            LicenceApplication a = inAssessment("2026-01-05");
            refused(() -> a.decide(Outcome.GRANTED_WITH_CONDITIONS, List.of(" "), "ok", CLEAN, "test-1", 42,
                    UUID.randomUUID(), on("2026-02-01")), "conditionsRequired");
            refused(() -> a.decide(Outcome.GRANTED, List.of("x"), "ok", CLEAN, "test-1", 42, UUID.randomUUID(),
                    on("2026-02-01")), "conditionsNeedOutcome");
        }

        @Test
        void noDecisionWhileBibobAdviceIsPending() {
            LicenceApplication a = inAssessment("2026-01-05");
            a.requestBibobAdvice(56, null, on("2026-01-06"));
            refused(() -> a.decide(Outcome.GRANTED, List.of(), "ok", CLEAN, "test-1", 42, UUID.randomUUID(),
                    on("2026-02-01")), "wrongState");
        }

        @Test
        void seriousDangerRefusesAndLesserDangerNeedsConditions() {
            LicenceApplication serious = inAssessment("2026-01-05");
            serious.requestBibobAdvice(56, null, on("2026-01-06"));
            serious.recordBibobAdvice(BibobOutcome.SERIOUS_DANGER, "Ernstig gevaar", on("2026-02-01"));
            refused(() -> serious.decide(Outcome.GRANTED_WITH_CONDITIONS, List.of("x"), "ok", CLEAN, "test-1", 42,
                    UUID.randomUUID(), on("2026-02-02")), "bibobSeriousDanger");

            LicenceApplication lesser = inAssessment("2026-01-05");
            lesser.requestBibobAdvice(56, null, on("2026-01-06"));
            lesser.recordBibobAdvice(BibobOutcome.LESSER_DANGER, "Mindere mate", on("2026-02-01"));
            refused(() -> lesser.decide(Outcome.GRANTED, List.of(), "ok", CLEAN, "test-1", 42, UUID.randomUUID(),
                    on("2026-02-02")), "bibobLesserNeedsConditions");
            lesser.decide(Outcome.GRANTED_WITH_CONDITIONS, List.of("Financiële verantwoording per kwartaal"), "ok",
                    CLEAN, "test-1", 42, UUID.randomUUID(), on("2026-02-02"));
            assertThat(lesser.decision().outcome()).isEqualTo(Outcome.GRANTED_WITH_CONDITIONS);
        }

        @Test
        void aRefusalNeedsAPriorInvitationToGiveAView() {
            LicenceApplication a = inAssessment("2026-01-05");
            refused(() -> a.decide(Outcome.REFUSED, List.of(), "Te jong", CLEAN, "test-1", 42, null, on("2026-02-01")),
                    "refusalNeedsView");
            a.inviteView(LocalDate.parse("2026-02-15"), "Voornemen tot weigering", on("2026-02-01"));
            a.decide(Outcome.REFUSED, List.of(), "Te jong", CLEAN, "test-1", 42, null, on("2026-02-16"));
            assertThat(a.decision().outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(a.licenceId()).isNull();
        }

        @Test
        void decidingTwiceIsRefused() {
            LicenceApplication a = inAssessment("2026-01-05");
            a.decide(Outcome.GRANTED, List.of(), "ok", CLEAN, "test-1", 42, UUID.randomUUID(), on("2026-02-01"));
            refused(() -> a.decide(Outcome.GRANTED, List.of(), "ok", CLEAN, "test-1", 42, UUID.randomUUID(),
                    on("2026-02-02")), "wrongState");
        }
    }

    @Nested
    class AfterTheDecision {

        LicenceApplication decided() {
            LicenceApplication a = inAssessment("2026-01-05");
            a.decide(Outcome.GRANTED, List.of(), "ok", CLEAN, "test-1", 42, UUID.randomUUID(), on("2026-02-01"));
            return a; // objection deadline 15 March 2026
        }

        @Test
        void finalOnlyAfterTheObjectionWindow() {
            LicenceApplication a = decided();
            refused(() -> a.finalise(null, on("2026-03-15")), "objectionWindowOpen");
            a.finalise(null, on("2026-03-16"));
            assertThat(a.state()).isEqualTo(ApplicationState.FINAL);
        }

        @Test
        void anObjectionWithinTheWindowHoldsTheDecisionUntilItIsDecided() {
            LicenceApplication a = decided();
            a.lodgeObjection("Buurtbewoner maakt bezwaar", on("2026-03-15"));
            assertThat(a.state()).isEqualTo(ApplicationState.OBJECTION_LODGED);
            assertThatThrownBy(() -> a.finalise(" ", on("2026-04-01"))).isInstanceOf(IllegalArgumentException.class);
            a.finalise("Bezwaar ongegrond verklaard", on("2026-04-20"));
            assertThat(a.state()).isEqualTo(ApplicationState.FINAL);
            assertThat(a.history().getLast().reason()).isEqualTo("Bezwaar ongegrond verklaard");
        }

        @Test
        void anObjectionAfterTheWindowIsRefused() {
            LicenceApplication a = decided();
            refused(() -> a.lodgeObjection("Te laat", on("2026-03-16")), "objectionWindowClosed");
        }
    }
}
