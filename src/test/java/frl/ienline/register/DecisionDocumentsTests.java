package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.register.internal.Address;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.Operator;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.Person;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.MunicipalityCode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The decision letter and the licence as PDF, in Dutch, with what they must say; every print is logged. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DecisionDocumentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LicenceApplications applications;

    @Autowired
    ApplicationEvents events;

    @Test
    void decisionLetterAndLicenceSayWhatTheyMust() throws Exception {
        Business business = new Business(LicenceKind.PB, MunicipalityCode.of("GM0080"), "Test Club Súdwester",
                new Address("Pdfstraat", "8", "8912 CD", "Leeuwarden"), RegisterFixtures.nextPhone(), 3, 4);
        UUID id = inAssessment(applications, LEEUWARDEN, business,
                Operator.person(new Person("Pieter Pdf", LocalDate.parse("1975-05-05")), null),
                List.of(new Person("Greetje Beheer", LocalDate.parse("1983-03-03"))));
        String number = as(LEEUWARDEN, () -> applications.decide(id, Outcome.GRANTED_WITH_CONDITIONS,
                List.of("De beheerder is altijd aanwezig.", "Geen reclame aan de gevel."),
                "Voldoet aan het beleidskader."))
                .orElseThrow();
        UUID licenceId = as(LEEUWARDEN, () -> applications.file(id)).application().licenceId();
        events.clear();

        byte[] letter = mvc.perform(get("/app/register/aanvragen/{id}/besluit.pdf", id).with(TestActors.as(LEEUWARDEN)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String letterText = text(letter);
        assertThat(letterText).contains("Gemeente Leeuwarden", "Besluit op uw aanvraag", "Pieter Pdf",
                "Test Club Súdwester",
                "Seksinrichting", "De vergunning wordt verleend", number, "De beheerder is altijd aanwezig.",
                "Geen reclame aan de gevel.", "Voldoet aan het beleidskader.", "bezwaar", "versie");

        byte[] licence = mvc.perform(get("/app/register/vergunningen/{id}/vergunning.pdf", licenceId)
                .with(TestActors.as(LEEUWARDEN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String licenceText = text(licence);
        LocalDate today = LocalDate.now();
        assertThat(licenceText.replaceAll("\\s+", " ")).contains("Exploitatievergunning seksbedrijf", number,
                "Pieter Pdf",
                "Test Club Súdwester", "Pdfstraat 8, 8912 CD Leeuwarden", "Greetje Beheer",
                "De beheerder is altijd aanwezig.", today.getYear() + 3 + "");
        assertThat(events.stream(AccessEvent.class).filter(e -> e.action() == AccessEvent.Action.PRINT)).hasSize(2);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
