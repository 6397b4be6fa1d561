package frl.ienline.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The values of the rulebook keep their own rules, independent of the loader. */
class RulebookValuesTest {

    static final LicenceNumberFormat FORMAT = RulebookFiles.loadBundled().latest().licenceNumberFormat();
    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");

    @Test
    void licenceNumbersAreMadeFromTheTemplate() {
        assertThat(FORMAT.format(LEEUWARDEN, "PB", 12)).isEqualTo("FRL-0080-PB-0012");
        assertThat(FORMAT.format(MunicipalityCode.of("GM1900"), "EB", 9999)).isEqualTo("FRL-1900-EB-9999");
        assertThatThrownBy(() -> FORMAT.format(LEEUWARDEN, "PB", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORMAT.format(LEEUWARDEN, "PB", 10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FORMAT.format(LEEUWARDEN, "pb", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void licenceNumbersAreFoundInAdTextInLooseSpellings() {
        String ad = "Nieuw! Vergunning frl 0080 pb 0012, ook FRL.1900.EB.0003 en FRL-0080-PB-0000; bel 0612345678";

        var found = FORMAT.find(ad);

        assertThat(found).extracting(LicenceNumberMatch::number).containsExactly("FRL-0080-PB-0012", "FRL-1900-EB-0003");
        assertThat(found.getFirst().municipality()).isEqualTo(LEEUWARDEN);
        assertThat(found.getFirst().kindCode()).isEqualTo("PB");
        assertThat(found.getFirst().sequence()).isEqualTo(12);
        assertThat(ad.substring(found.getFirst().start(), found.getFirst().end())).isEqualTo("frl 0080 pb 0012");
        assertThat(FORMAT.find("XFRL-0080-PB-0012")).isEmpty();
        assertThat(FORMAT.parse(" frl-0080-oe-0001 ")).map(LicenceNumberMatch::number).hasValue("FRL-0080-OE-0001");
        assertThat(FORMAT.parse("FRL-0080-XX-0001")).isEmpty();
    }

    @Test
    void termsAreWrittenInWeeksWhenTheyAreWholeWeeks() {
        assertThat(Terms.iso(Period.ofWeeks(8))).isEqualTo("P8W");
        assertThat(Terms.iso(Period.ofDays(10))).isEqualTo("P10D");
        assertThat(Terms.iso(Period.ofYears(3))).isEqualTo("P3Y");
        assertThat(Terms.iso(null)).isNull();
        assertThat(Terms.BY_LENGTH.compare(Period.ofMonths(6), Period.ofYears(1))).isNegative();
        assertThat(Terms.isPositive(Period.ZERO)).isFalse();
    }

    @Test
    void deadlinesCountCalendarDaysUnlessWeekendsMoveThem() {
        ProcedureTerms calendar = RulebookFiles.loadBundled().latest().procedure();
        ProcedureTerms weekend = new ProcedureTerms(true, calendar.bibobAdviceTerm(), calendar.bibobAdviceExtension(),
                true, true, calendar.objectionPeriod(), calendar.repairTerm(), calendar.lookBack(),
                calendar.endOfExploitationNotice());
        LocalDate friday = LocalDate.of(2026, 11, 27);

        assertThat(calendar.deadline(friday, Period.ofWeeks(6))).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(calendar.deadline(LocalDate.of(2026, 11, 26), Period.ofDays(2))).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(weekend.deadline(LocalDate.of(2026, 11, 26), Period.ofDays(2))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(weekend.deadline(LocalDate.of(2026, 11, 26), Period.ofDays(3))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void participationCoversItsDaysInclusive() {
        var participation = new Participation(LEEUWARDEN, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(participation.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(participation.covers(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(participation.covers(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(participation.overlaps(new Participation(LEEUWARDEN, LocalDate.of(2026, 12, 31), null))).isTrue();
        assertThat(participation.overlaps(new Participation(LEEUWARDEN, LocalDate.of(2027, 1, 1), null))).isFalse();
        assertThatThrownBy(() -> new Participation(LEEUWARDEN, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesRefuseInvalidState() {
        LocalizedText text = new LocalizedText("een", "one");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("one");
        assertThat(text.in(Locale.of("fy"))).isEqualTo("een");
        assertThatThrownBy(() -> new LocalizedText("alleen Nederlands", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinimumAges(17, 21, 21)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenceCap(LEEUWARDEN, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PenaltyAmount(Offender.OPERATOR, new java.math.BigDecimal("5000"),
                new java.math.BigDecimal("100"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Municipality(LEEUWARDEN, "Leeuwarden", null, CompetentAuthority.COLLEGE, "geen adres"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LicenceNumberFormat("FRL-{kind}", "x", 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retentionSaysWhenDataExpires() {
        Retention retention = RulebookFiles.loadBundled().latest().retention(RetentionCategory.SIGNAL_NOT_SUBSTANTIATED);

        assertThat(retention.expiresAfter(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 7, 31));
    }
}
