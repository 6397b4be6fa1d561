package frl.ienline.register;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.LicensingRules;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The register reads its terms, ages, caps and number format from the regional rulebook, by date. */
@SpringBootTest
class RulebookLicensingRulesTests {

    @Autowired
    LicensingRules rules;

    @Test
    void termsOfAKindComeFromTheVersionInForceOnTheDate() {
        var pb = rules.kind(LicenceKind.PB, LocalDate.parse("2026-06-01"));
        assertThat(pb.decisionTermDays()).isEqualTo(56);
        assertThat(pb.extensionDays()).isEqualTo(56);
        assertThat(pb.validity()).isEqualTo(Period.ofYears(3));
        assertThat(pb.renewalLeadDays()).isEqualTo(84);
        assertThat(pb.minimumAgeOperator()).isEqualTo(21);
        assertThat(pb.minimumAgeManager()).isEqualTo(21);
        assertThat(pb.standardConditions()).isNotEmpty().allMatch(c -> c.matches("PB-\\d{2}: .+"));
        assertThat(pb.rulebookVersion()).isEqualTo("2026.1");
        var eb2027 = rules.kind(LicenceKind.EB, LocalDate.parse("2027-01-01"));
        assertThat(eb2027.rulebookVersion()).isEqualTo("2027.1");
        assertThat(eb2027.renewalLeadDays()).isEqualTo(112);
        assertThat(eb2027.validity()).isEqualTo(Period.ofYears(1));
    }

    @Test
    void procedureTermsCapsAndTheVersionId() {
        var procedure = rules.procedure(LocalDate.parse("2026-06-01"));
        assertThat(procedure.bibobAdviceDays()).isEqualTo(56);
        assertThat(procedure.bibobExtensionDays()).isEqualTo(28);
        assertThat(procedure.objectionDays()).isEqualTo(42);
        assertThat(procedure.repairDays()).isEqualTo(14);
        assertThat(procedure.lookBack()).isEqualTo(Period.ofYears(5));
        assertThat(procedure.lookBackYears()).isEqualTo(5);
        assertThat(procedure.weekendMovesDeadline()).isFalse();
        assertThat(rules.cap(MunicipalityCode.of("GM1900"), LicenceKind.PB, LocalDate.parse("2026-06-01")))
                .hasValueSatisfying(c -> assertThat(c.maxLicences()).isEqualTo(1));
        assertThat(rules.cap(MunicipalityCode.of("GM0080"), LicenceKind.PB, LocalDate.parse("2026-06-01")))
                .hasValueSatisfying(c -> assertThat(c.maxWorkrooms()).isEqualTo(132));
        assertThat(rules.cap(MunicipalityCode.of("GM0072"), LicenceKind.PB, LocalDate.parse("2026-06-01"))).isEmpty();
        assertThat(rules.versionId(LocalDate.parse("2026-06-01"))).isEqualTo("2026.1");
        assertThat(rules.versionId(LocalDate.parse("2020-01-01"))).isEqualTo("2026.1");
    }

    @Test
    void licenceNumbersAndMunicipalitiesAreTheRulebooks() {
        assertThat(rules.licenceNumber(MunicipalityCode.of("GM0080"), LicenceKind.PB,
                12)).isEqualTo("FRL-0080-PB-0012");
        assertThat(rules.canonicalLicenceNumber("frl 0080 pb 0012")).contains("FRL-0080-PB-0012");
        assertThat(rules.canonicalLicenceNumber("FRL-0080-XX-0012")).isEmpty();
        assertThat(rules.municipalities()).hasSize(18).containsEntry(MunicipalityCode.of("GM1900"), "Súdwest-Fryslân");
    }

    @Test
    void listsShowMunicipalitiesAlphabeticallyByName() {
        assertThat(rules.municipalitiesByName().values()).hasSize(18).startsWith("Achtkarspelen", "Ameland", "Dantumadiel",
                "De Fryske Marren").endsWith("Súdwest-Fryslân", "Terschelling", "Tytsjerksteradiel", "Vlieland",
                "Waadhoeke", "Weststellingwerf");
    }
}
