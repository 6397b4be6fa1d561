package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.rulebook.RecordedVersion;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookDiff;
import frl.ienline.rulebook.RulebookFiles;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.RulebookVersions;
import frl.ienline.shared.MunicipalityCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every letter language renders as a PDF whose text is the letter, diacritics and Cyrillic included. */
class EnforcementLettersTest {

    static final RulebookVersions VERSIONS = RulebookFiles.loadBundled();
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    static final Rulebook RULEBOOK = new Rulebook() {
        @Override
        public RulebookVersion active() {
            return activeOn(DAY);
        }

        @Override
        public RulebookVersion activeOn(LocalDate date) {
            return VERSIONS.activeOn(date).orElseThrow(() -> new IllegalArgumentException("none"));
        }

        @Override
        public Optional<RulebookVersion> version(String id) {
            return VERSIONS.version(id);
        }

        @Override
        public List<RulebookVersion> versions() {
            return VERSIONS.all();
        }

        @Override
        public List<RecordedVersion> history() {
            return List.of();
        }

        @Override
        public RulebookDiff diff(String fromId, String toId) {
            throw new UnsupportedOperationException();
        }
    };

    /** Words each language's penalty-order letter must contain, with letters outside ASCII. */
    static final Map<LetterLanguage, List<String>> EXPECTED = Map.of(
            LetterLanguage.NL, List.of("Last onder dwangsom", "beëindigen", "Súdwest-Fryslân"),
            LetterLanguage.EN, List.of("Penalty order", "grace period", "Súdwest-Fryslân"),
            LetterLanguage.RO, List.of("Somație de conformare", "încălcarea", "datorați", "Frizia"),
            LetterLanguage.BG, List.of("Заповед за изпълнение", "нарушението", "Фрисландия"),
            LetterLanguage.HU, List.of("Kényszerítő bírsággal", "szabálysértést", "türelmi idő"),
            LetterLanguage.ES, List.of("Orden de cumplimiento", "infracción", "reclamación"),
            LetterLanguage.PL, List.of("Nakaz pod rygorem", "naruszenia", "wyznaczonego terminu"));

    @ParameterizedTest
    @EnumSource(LetterLanguage.class)
    void aPenaltyOrderInEveryLanguage(LetterLanguage language) throws IOException {
        EnforcementLetters letters = new EnforcementLetters(RULEBOOK);
        Rows.EnforcementAction action = new Rows.EnforcementAction(UUID.randomUUID(), UUID.randomUUID(), null,
                SubjectKind.PERSON, "person:x", "Ioana", MunicipalityCode.of("GM1900"), "UNLICENSED", "PENALTY_ORDER",
                "PENALTY_ORDER", null, "SEX_WORKER", new BigDecimal("500"), new BigDecimal("1500"), language, DAY,
                DAY.plusDays(1), "2026.1", "inspector");
        Rows.Case caseFile = new Rows.Case(action.caseId(), "TZ-ABCD-2345", action.municipality(), "Zaak", "OPEN",
                Instant.now(), "inspector", null);
        EnforcementLetters.Letter letter = letters.compose(action, caseFile);
        assertThat(letter.paragraphs()).hasSize(5); // intro, body, deadline, objection, care
        String text;
        try (PDDocument document = Loader.loadPDF(letters.render(action, caseFile))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(EXPECTED.get(language)).contains("Ioana", "TZ-ABCD-2345", "Fier", "500");
        assertThat(text).doesNotContain("??", "{0}", "{1}");
    }

    /** Issue 17: the finding's date is the control's date; a translation carries the Dutch authentic text; tagged. */
    @org.junit.jupiter.api.Test
    void aTranslatedLetterCarriesTheDutchAuthenticTextAndTheControlsDate() throws IOException {
        EnforcementLetters letters = new EnforcementLetters(RULEBOOK);
        LocalDate control = DAY.minusDays(9);
        Rows.EnforcementAction action = new Rows.EnforcementAction(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), SubjectKind.PERSON, "person:x", "Ioana", MunicipalityCode.of("GM1900"), "UNLICENSED",
                "PENALTY_ORDER", "PENALTY_ORDER", null, "SEX_WORKER", new BigDecimal("500"), new BigDecimal("1500"),
                LetterLanguage.RO, DAY, DAY.plusDays(1), "2026.1", "inspector");
        Rows.Case caseFile = new Rows.Case(action.caseId(), "TZ-ABCD-2345", action.municipality(), "Zaak", "OPEN",
                Instant.now(), "inspector", null);
        EnforcementLetters.LetterPdf pdf = letters.render(action, caseFile, control);
        assertThat(pdf.fileName()).isEqualTo("brief-TZ-ABCD-2345-PENALTY_ORDER.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Somație de conformare", "Authentieke tekst (Nederlands)", "Last onder dwangsom")
                    .contains("Op 24 oktober 2026 heeft het regionale toezichtteam")
                    .contains("în termen de 6 săptămâni", "binnen 6 weken"); // the rulebook's P6W, not a fixed word
            assertThat(text).doesNotContain("Op 2 november 2026 heeft");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }
}
