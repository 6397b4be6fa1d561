package frl.ienline.register.internal;

import static frl.ienline.register.internal.Fixtures.PB_TERMS;
import static frl.ienline.register.internal.Fixtures.on;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.register.internal.DecisionCheck.Verdict;
import frl.ienline.register.internal.LicensingRules.MunicipalityCap;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The decision-time checks and their reasons. */
class DecisionCheckerTest {

    static final LocalDate DECISION = LocalDate.parse("2026-03-01");

    static LicenceApplication withPeople(Operator operator, List<Person> managers) {
        LicenceApplication a = LicenceApplication.registerPaper(UUID.randomUUID(),
                ApplicationReference.random(Fixtures.RANDOM), Fixtures.club("GM0080"), operator, managers,
                LocalDate.parse("2026-01-05"), PB_TERMS, on("2026-01-05"));
        a.startAssessment(on("2026-01-05"));
        return a;
    }

    static DecisionCheck only(List<DecisionCheck> checks, String code) {
        return checks.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void ageIsCheckedOnTheDecisionDateForOperatorAndEveryManager() {
        Person turns21TheDayAfter = new Person("Kim Bijna", LocalDate.parse("2005-03-02"));
        Person turns21ThatDay = new Person("Lex Precies", LocalDate.parse("2005-03-01"));
        LicenceApplication a = withPeople(Operator.person(turns21ThatDay, null), List.of(turns21TheDayAfter));
        List<DecisionCheck> checks = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 0, 0, List.of(), 5,
                "Leeuwarden");
        assertThat(only(checks, "ageOperator").verdict()).isEqualTo(Verdict.PASS);
        assertThat(only(checks, "ageOperator").args()).containsExactly("Lex Precies", "21", "21");
        assertThat(only(checks, "ageManager").verdict()).isEqualTo(Verdict.BLOCKING);
        assertThat(only(checks, "ageManager").args()).containsExactly("Kim Bijna", "20", "21");
    }

    @Test
    void aCompanyOperatorHasNoAgeCheck() {
        LicenceApplication a = withPeople(Operator.company("Demo Exploitatie B.V.", KvkNumber.of("12345678")),
                Fixtures.managers());
        List<DecisionCheck> checks = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 0, 0, List.of(), 5,
                "Leeuwarden");
        assertThat(checks).noneMatch(c -> c.code().equals("ageOperator"));
    }

    @Test
    void capOnLicencesAndOnWorkrooms() {
        LicenceApplication a = withPeople(Fixtures.operator(), Fixtures.managers()); // 4 workrooms
        List<DecisionCheck> full = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.of(new MunicipalityCap(1,
        null)),
                1, 3, List.of(), 5, "Súdwest-Fryslân");
        assertThat(only(full, "capLicences").verdict()).isEqualTo(Verdict.BLOCKING);
        assertThat(only(full, "capLicences").args()).containsExactly("Súdwest-Fryslân", "1", "1");
        List<DecisionCheck> room = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.of(new MunicipalityCap(null,
                132)),
                20, 128, List.of(), 5, "Leeuwarden");
        assertThat(only(room, "capWorkrooms").verdict()).isEqualTo(Verdict.PASS);
        List<DecisionCheck> over = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.of(new MunicipalityCap(null,
                132)),
                20, 129, List.of(), 5, "Leeuwarden");
        assertThat(only(over, "capWorkrooms").verdict()).isEqualTo(Verdict.BLOCKING);
        assertThat(only(over, "capWorkrooms").args()).containsExactly("Leeuwarden", "129", "4", "132");
        List<DecisionCheck> none = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 5, 40, List.of(), 5,
                "Harlingen");
        assertThat(only(none, "capNone").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void priorRefusalsAndRevocationsNeedTheOfficersAttention() {
        LicenceApplication a = withPeople(Fixtures.operator(), Fixtures.managers());
        List<PriorAdverseDecision> priors = List.of(
                new PriorAdverseDecision(PriorAdverseDecision.Kind.REFUSAL, "Jan de Voorbeeld", "Leeuwarden",
                        LocalDate.parse("2023-05-01"), "AV-2345-6789"),
                new PriorAdverseDecision(PriorAdverseDecision.Kind.REVOCATION, "Anna Testbeheerder", "Harlingen",
                        LocalDate.parse("2024-01-10"), "FRL-0072-PB-0001"));
        List<DecisionCheck> checks = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 0, 0, priors, 5,
                "Súdwest-Fryslân");
        assertThat(only(checks, "historyRefusal").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(only(checks, "historyRefusal").args()).startsWith("Jan de Voorbeeld", "Leeuwarden", "2023-05-01");
        assertThat(only(checks, "historyRevocation").args()).startsWith("Anna Testbeheerder", "Harlingen");
        assertThat(checks).noneMatch(c -> c.code().equals("history"));
        List<DecisionCheck> clean = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 0, 0, List.of(), 5,
                "Leeuwarden");
        assertThat(only(clean, "history").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void bibobOutcomeAndItsConsequence() {
        for (var outcome : BibobOutcome.values()) {
            LicenceApplication a = withPeople(Fixtures.operator(), Fixtures.managers());
            a.requestBibobAdvice(56, null, on("2026-01-06"));
            List<DecisionCheck> pending = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 0, 0,
                    List.of(),
                    5, "Leeuwarden");
            assertThat(only(pending, "bibobPending").verdict()).isEqualTo(Verdict.BLOCKING);
            a.recordBibobAdvice(outcome, "advies", on("2026-02-01"));
            List<DecisionCheck> checks = DecisionChecker.check(a, DECISION, PB_TERMS, Optional.empty(), 0, 0, List.of(),
                    5, "Leeuwarden");
            switch (outcome) {
                case NO_DANGER -> assertThat(only(checks, "bibobNone").verdict()).isEqualTo(Verdict.PASS);
                case LESSER_DANGER -> assertThat(only(checks, "bibobLesser").verdict()).isEqualTo(Verdict.ATTENTION);
                case SERIOUS_DANGER -> assertThat(only(checks, "bibobSerious").verdict()).isEqualTo(Verdict.BLOCKING);
            }
        }
        LicenceApplication none = withPeople(Fixtures.operator(), Fixtures.managers());
        assertThat(only(DecisionChecker.check(none, DECISION, PB_TERMS, Optional.empty(), 0, 0, List.of(), 5, "x"),
                "bibobNotRequested").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void personMatchKeyIgnoresCaseAccentsAndSpacing() {
        assertThat(new Person("José  van der Meer", LocalDate.parse("1980-01-01")).matchKey())
                .isEqualTo(new Person("jose van der MEER", LocalDate.parse("1980-01-01")).matchKey());
        assertThat(new Person("José van der Meer", LocalDate.parse("1980-01-01")).matchKey())
                .isNotEqualTo(new Person("José van der Meer", LocalDate.parse("1980-01-02")).matchKey());
        assertThat(MunicipalityCode.of("gm0080").value()).isEqualTo("GM0080");
    }
}
