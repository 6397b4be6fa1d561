package frl.ienline.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.MunicipalityCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The loader accepts the bundled versions and refuses bad files with errors that name file and field. */
class RulebookFilesTest {

    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");

    @Test
    void bundledVersionsLoadInOrderOfEffectiveDate() {
        RulebookVersions versions = RulebookFiles.loadBundled();

        assertThat(versions.all()).extracting(RulebookVersion::id).containsExactly("2026.1", "2026.2", "2027.1", "2027.2", "2027.3", "2027.4", "2027.6");
        assertThat(versions.activeOn(LocalDate.of(2026, 6, 1))).map(RulebookVersion::id).hasValue("2026.1");
        assertThat(versions.activeOn(LocalDate.of(2027, 1, 1))).map(RulebookVersion::id).hasValue("2027.1");
        assertThat(versions.activeOn(LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void bundledVersionHoldsTheEighteenMunicipalitiesWithTheirDiacritics() {
        RulebookVersion version = bundled("2026.1");

        assertThat(version.municipalities()).hasSize(18);
        assertThat(version.municipality(MunicipalityCode.of("GM1900"))).map(Municipality::name).hasValue("Súdwest-Fryslân");
        assertThat(version.municipality(MunicipalityCode.of("GM1970"))).map(Municipality::name).hasValue("Noardeast-Fryslân");
        assertThat(version.municipality(MunicipalityCode.of("GM0737"))).map(Municipality::name).hasValue("Tytsjerksteradiel");
        assertThat(version.municipalities()).allMatch(Municipality::notificationEmailIsExample);
    }

    @Test
    void elevenMunicipalitiesIncludingLeeuwardenParticipateAndItIsMarkedAsAnExample() {
        for (RulebookVersion version : RulebookFiles.loadBundled().all()) {
            LocalDate day = version.effectiveFrom().plusDays(10);
            assertThat(version.participatingOn(day)).hasSize(11);
            assertThat(version.participatesOn(LEEUWARDEN, day)).isTrue();
            assertThat(version.supervisionTeam().example()).isTrue();
            assertThat(version.supervisionTeam().note().nl()).containsIgnoringCase("voorbeeld");
        }
        RulebookVersion next = bundled("2027.1");
        assertThat(next.participatesOn(MunicipalityCode.of("GM0085"), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(next.participatesOn(MunicipalityCode.of("GM0085"), LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(next.participatesOn(MunicipalityCode.of("GM0098"), LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void licenceKindsCarryTermsAgesCapsAndConditions() {
        RulebookVersion version = bundled("2026.1");
        LicenceKind establishment = version.licenceKind("PB").orElseThrow();

        assertThat(establishment.decisionTerm()).isEqualTo(Period.ofWeeks(8));
        assertThat(establishment.decisionTermWithExtension()).isEqualTo(Period.ofWeeks(16));
        assertThat(establishment.validity()).isEqualTo(Period.ofYears(3));
        assertThat(establishment.minimumAges()).isEqualTo(new MinimumAges(21, 21, 21));
        assertThat(establishment.cap(MunicipalityCode.of("GM1900"))).map(LicenceCap::maxLicences).hasValue(1);
        assertThat(establishment.cap(LEEUWARDEN)).map(LicenceCap::maxWorkrooms).hasValue(132);
        assertThat(establishment.conditions()).isNotEmpty().allMatch(c -> c.code().startsWith("PB-"));
        assertThat(version.licenceKind("EB").orElseThrow().premises()).isFalse();
        assertThat(version.licenceKind("EB").orElseThrow().validity()).isEqualTo(Period.ofYears(1));
        assertThat(version.licenceKind("OE")).isPresent();
    }

    @Test
    void ladderRetentionLegalBasesAndProcedureAreTyped() {
        RulebookVersion version = bundled("2026.1");

        EnforcementStep penaltyOrder = version.enforcement().step("PENALTY_ORDER").orElseThrow();
        assertThat(penaltyOrder.penalty(Offender.SEX_WORKER)).map(PenaltyAmount::amount)
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("500")));
        assertThat(penaltyOrder.penalty(Offender.OPERATOR)).map(PenaltyAmount::amount)
                .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("5000")));
        assertThat(version.enforcement().step("INTENT").orElseThrow().viewTerm()).isEqualTo(Period.ofWeeks(2));
        assertThat(version.enforcement().step("CLOSURE").orElseThrow().minimumDuration()).isEqualTo(Period.ofMonths(6));
        assertThat(version.enforcement().steps(Track.UNLICENSED)).extracting(EnforcementStep::code)
                .containsExactly("WARNING", "INTENT", "PENALTY_ORDER", "COLLECTION", "CLOSURE");
        assertThat(version.retention(RetentionCategory.SIGNAL_NOT_SUBSTANTIATED).period()).isEqualTo(Period.ofYears(1));
        assertThat(version.legalBasis("WGS")).isPresent();
        assertThat(version.legalBasis("CONSENT").orElseThrow().requiresConsent()).isTrue();
        assertThat(version.dismissalReason("OUTSIDE_FRYSLAN")).isPresent();
        assertThat(version.procedure().objectionPeriod()).isEqualTo(Period.ofWeeks(6));
        assertThat(version.procedure().bibobAdviceTerm()).isEqualTo(Period.ofWeeks(8));
        assertThat(version.procedure().lookBack()).isEqualTo(Period.ofYears(5));
    }

    /** M16: care contacts have a retention period from 2027.6 on; before, none (contacts were kept). */
    @Test
    void careContactRetentionIsOptionalAndSetFrom2027_6() {
        assertThat(bundled("2027.3").retentionIfSet(RetentionCategory.SUPPORT_CARE_CONTACT)).isEmpty();
        assertThat(bundled("2027.6").retentionIfSet(RetentionCategory.SUPPORT_CARE_CONTACT))
                .hasValueSatisfying(r -> assertThat(r.period()).isEqualTo(Period.ofYears(2)));
        assertThat(bundled("2027.6").effectiveFrom()).isEqualTo(java.time.LocalDate.of(2027, 7, 1));
    }

    @Test
    void bothVersionsDifferInTheWaysTheHeaderOf2027Says() {
        RulebookVersion before = bundled("2026.1");
        RulebookVersion after = bundled("2027.1");

        assertThat(after.licenceKind("EB").orElseThrow().renewalLeadTime()).isEqualTo(Period.ofWeeks(16));
        assertThat(before.licenceKind("EB").orElseThrow().renewalLeadTime()).isEqualTo(Period.ofWeeks(12));
        assertThat(after.licenceKind("PB").orElseThrow().condition("PB-09")).isPresent();
        assertThat(before.licenceKind("PB").orElseThrow().condition("PB-09")).isEmpty();
        assertThat(after.retention(RetentionCategory.SIGNAL_NOT_SUBSTANTIATED).period()).isEqualTo(Period.ofMonths(6));
    }

    // --- bad files -------------------------------------------------------------------------------------

    @Test
    void missingFieldIsNamedWithItsPath() {
        String yaml = valid().replaceFirst("(?m)^    decisionTerm: P8W\\n", "");

        assertProblems(() -> parse(yaml), "2026.1.yaml: licenceKinds[0].decisionTerm: is required");
    }

    @Test
    void unknownFieldIsRejected() {
        String yaml = valid().replace("    premises: false\n", "    premises: false\n    openOnSundays: true\n");

        assertProblems(() -> parse(yaml), "2026.1.yaml: licenceKinds[1].openOnSundays: unknown field");
    }

    @Test
    void badPeriodNamesTheFieldAndTheExpectedForm() {
        String yaml = valid().replace("    premises: false\n    decisionTerm: P8W\n",
                "    premises: false\n    decisionTerm: 8 weeks\n");

        assertProblems(() -> parse(yaml),
                "2026.1.yaml: licenceKinds[1].decisionTerm: must be a positive period like P8W");
    }

    @Test
    void unknownMunicipalityInParticipationIsRefused() {
        String yaml = valid().replace("- municipality: GM0090   # Smallingerland", "- municipality: GM9999");

        assertProblems(() -> parse(yaml), "2026.1.yaml: supervisionTeam.participations[1].municipality: GM9999 is not"
                + " one of the municipalities of this rulebook");
    }

    @Test
    void duplicateCbsCodeIsRefused() {
        String yaml = valid().replace("  - code: GM0098\n", "  - code: GM0080\n");

        assertProblems(() -> parse(yaml), "2026.1.yaml: municipalities[17].code: duplicate CBS code GM0080"
                + " (also at municipalities[6])");
    }

    @Test
    void badRegexIsRefused() {
        String yaml = valid().replace("(?<sequence>\\d{4})\\b'", "(?<sequence>\\d{4}\\b'");

        assertProblems(() -> parse(yaml), "2026.1.yaml: licensing.numberFormat.pattern: not a valid regular expression");
    }

    @Test
    void regexWithoutTheNamedGroupsIsRefused() {
        String yaml = valid().replace("(?<kind>PB|EB|OE)", "(PB|EB|OE)");

        assertProblems(() -> parse(yaml), "2026.1.yaml: licensing.numberFormat.pattern: the regular expression needs a"
                + " named group (?<kind>...)");
    }

    @Test
    void regexThatMissesItsOwnNumbersIsRefused() {
        String yaml = valid().replace("(?<kind>PB|EB|OE)", "(?<kind>PB|EB)");

        assertProblems(() -> parse(yaml), "2026.1.yaml: licensing.numberFormat.pattern: does not recognise FRL-0059-OE-0001");
    }

    @Test
    void severalProblemsAreReportedTogether() {
        String yaml = valid()
                .replace("  - code: GM0098\n", "  - code: GM0080\n")
                .replace("    premises: false\n", "    premises: false\n    openOnSundays: true\n")
                .replace("  objectionPeriod: P6W\n", "  objectionPeriod: six weeks\n")
                .replace("- category: ACCESS_LOG", "- category: EVERYTHING");

        InvalidRulebook problem = catchInvalid(() -> parse(yaml));
        assertThat(problem.problems()).extracting(RulebookProblem::toString).anySatisfy(p -> assertThat(p)
                        .startsWith("2026.1.yaml: municipalities[17].code: duplicate CBS code GM0080"))
                .anySatisfy(p -> assertThat(p).startsWith("2026.1.yaml: licenceKinds[1].openOnSundays: unknown field"))
                .anySatisfy(p -> assertThat(p).startsWith("2026.1.yaml: procedure.objectionPeriod: must be a positive"
                        + " period like P8W"))
                .anySatisfy(p -> assertThat(p).startsWith("2026.1.yaml: retention[7].category: must be one of"));
    }

    @Test
    void unsubstantiatedSignalsMustBeKeptShorter() {
        String yaml = valid().replace("  - category: SIGNAL_NOT_SUBSTANTIATED\n    period: P1Y",
                "  - category: SIGNAL_NOT_SUBSTANTIATED\n    period: P5Y");

        assertProblems(() -> parse(yaml), "2026.1.yaml: retention[5].period: signals that were not substantiated must"
                + " be kept shorter than substantiated signals");
    }

    @Test
    void missingRetentionCategoryIsNamed() {
        String yaml = valid().replaceFirst("(?s)  - category: SUPPORT_ALERT.*?(  - category: ACCESS_LOG)", "$1");

        assertProblems(() -> parse(yaml), "2026.1.yaml: retention: category SUPPORT_ALERT is missing");
    }

    @Test
    void idMustMatchTheFileName() {
        assertProblems(() -> RulebookFiles.parse("2026.2.yaml", stream(valid())),
                "2026.2.yaml: id: is 2026.1 but must equal the file name (2026.2)");
    }

    @Test
    void malformedYamlNamesTheLine() {
        String yaml = valid().replace("effectiveFrom: 2026-01-01", "effectiveFrom: [2026-01-01");

        assertProblems(() -> parse(yaml), "2026.1.yaml: line ");
    }

    @Test
    void issue17VersionsSayWhoApprovesAndWhatTheLettersCite() {
        for (String id : List.of("2027.4")) {
            RulebookVersion version = bundled(id);
            FourEyes fourEyes = version.fourEyes();
            assertThat(fourEyes.licenceDecision()).isTrue();
            assertThat(fourEyes.licenceMeasure()).isTrue();
            assertThat(fourEyes.controlReportLock()).isFalse();
            assertThat(fourEyes.policeShare()).isTrue();
            assertThat(fourEyes.enforcementStep("PENALTY_ORDER")).isTrue();
            assertThat(version.letterRules()).map(l -> l.signatory().nl()).hasValue("de teamleider Vergunningen en Handhaving");
            LicenceKind pb = version.licenceKind("PB").orElseThrow();
            assertThat(pb.legalBasis().nl()).contains("artikel 3:3").contains("Algemene plaatselijke verordening");
            assertThat(pb.fee()).isEqualByComparingTo("1250");
            assertThat(version.enforcement().step("PENALTY_ORDER").orElseThrow().legalBasis().nl()).contains("5:32");
        }
        assertThat(bundled("2027.4").effectiveFrom()).isEqualTo(LocalDate.of(2027, 5, 1));
    }

    @Test
    void aVersionWithoutTheFourEyesSectionKeepsTodaysPolicy() {
        RulebookVersion old = bundled("2026.1");
        assertThat(old.fourEyes().licenceDecision()).isTrue();
        assertThat(old.fourEyes().licenceMeasure()).isTrue();
        assertThat(old.fourEyes().controlReportLock()).isFalse(); // confirmed and dated, no second person
        assertThat(old.fourEyes().policeShare()).isTrue();
        assertThat(old.enforcement().steps()).allSatisfy(s -> assertThat(old.fourEyes().enforcementStep(s.code())).isTrue());
        assertThat(old.letterRules()).isEmpty();
        assertThat(old.licenceKind("PB").orElseThrow().legalBasis()).isNull();
    }

    @Test
    void aFourEyesStepThatIsNotOnTheLadderIsNamed() {
        String yaml = valid() + """

                fourEyes:
                  licenceDecision: true
                  licenceMeasure: false
                  enforcementSteps: [WARNING, PUBLIC_SHAMING]
                  controlReportLock: true
                  policeShare: true
                """;
        assertProblems(() -> parse(yaml), "2026.1.yaml: fourEyes.enforcementSteps[1]: is not a step of the ladder: PUBLIC_SHAMING");
        String withoutChoice = valid() + "\nfourEyes:\n  licenceDecision: true\n";
        assertProblems(() -> parse(withoutChoice), "2026.1.yaml: fourEyes.licenceMeasure: is required");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    static RulebookVersion bundled(String id) {
        return RulebookFiles.loadBundled().version(id).orElseThrow();
    }

    static String valid() {
        try (InputStream in = RulebookFilesTest.class.getResourceAsStream("/rulebook/versions/2026.1.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RulebookVersion parse(String yaml) {
        return RulebookFiles.parse("2026.1.yaml", stream(yaml));
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InvalidRulebook catchInvalid(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidRulebook.class);
        return (InvalidRulebook) thrown;
    }

    static void assertProblems(ThrowingCallable call, String expectedStart) {
        List<String> problems = catchInvalid(call).problems().stream().map(RulebookProblem::toString).toList();
        assertThat(problems).as("problems").anySatisfy(p -> assertThat(p).startsWith(expectedStart));
    }

    @Test
    void theRecordRefusesInvalidStateWithoutTheLoader() {
        RulebookVersion version = bundled("2026.1");
        var duplicated = new java.util.ArrayList<>(version.municipalities());
        duplicated.add(version.municipalities().getFirst());

        assertThatThrownBy(() -> new RulebookVersion(version.id(), version.effectiveFrom(), version.title(), duplicated,
                version.supervisionTeam(), version.licensing(), version.licenceKinds(), version.procedure(),
                version.enforcement(), version.retention(), version.legalBases(), version.dismissalReasons()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate CBS code GM0059");
    }
}
