package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A decision letter a lawyer signs (issue 17, ADR 0022): addressee and address, the legal basis and the mandate line
 * from the rulebook, the objection term from the rulebook (not a fixed "zes weken" sentence), named after the licence
 * number, tagged (PDF/UA as far as openhtmltopdf allows) and with its fonts embedded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionLetterTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LicenceApplications applications;

    @Test
    void theDecisionLetterCarriesWhatALawyerLooksFor() throws Exception {
        UUID id = inAssessment(applications, LEEUWARDEN, club("GM0080", "Club Brief"),
                person("Anna Adressaat", "1979-04-04"), managers("Bert Beheer", "1982-05-05"));
        String number = as(LEEUWARDEN, () -> applications.decide(id, Outcome.GRANTED, List.of(),
                "Voldoet aan het beleidskader.")).orElseThrow();

        MvcResult result = mvc.perform(get("/app/register/aanvragen/{id}/besluit.pdf", id)
                .with(TestActors.as(LEEUWARDEN))).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("besluit-" + number + ".pdf");

        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Anna Adressaat", "t.a.v. de exploitant van Club Brief")
                    .contains("Gemeente Leeuwarden", number)
                    .contains("artikel 3:3", "Algemene plaatselijke verordening")
                    .contains("namens de burgemeester van Leeuwarden,", "de teamleider Vergunningen en Handhaving")
                    .contains("binnen 6 weken na de dag waarop dit besluit is verzonden bezwaar maken bij de"
                            + " burgemeester van Leeuwarden")
                    .contains("Voldoet aan het beleidskader.");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                fonts.add(pdf.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("DejaVuSans");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }
}
