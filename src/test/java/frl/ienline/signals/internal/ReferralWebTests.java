package frl.ienline.signals.internal;

import static frl.ienline.signals.internal.SignalFixtures.COORDINATOR;
import static frl.ienline.signals.internal.SignalFixtures.INSPECTOR;
import static frl.ienline.signals.internal.SignalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.TestActors;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.Role;
import frl.ienline.signals.SignalReference;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Referral through the pages: the recipient's PDF holds only the chosen fields; duplicates are proposed and merged. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReferralWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignalHandling handling;
    @Autowired
    ApplicationEvents events;

    @Test
    void theRecipientsSummaryContainsOnlyTheChosenFields() throws Exception {
        String canary = "PDF-" + UUID.randomUUID().toString().substring(0, 8);
        SignalReference ref = as(INSPECTOR, () -> handling.register(SignalFixtures.signal(canary, "+31612349999")));
        UUID id = SignalFixtures.id(jdbc, ref);
        mvc.perform(post("/app/signalen/" + id + "/triage").with(csrf()).with(TestActors.as(COORDINATOR)));
        MvcResult missingConsent = mvc.perform(post("/app/signalen/" + id + "/doorverwijzen").with(csrf())
                .with(TestActors.as(COORDINATOR)).param("recipient", "COMENSHA").param("field", "PERSONS")
                .param("legalBasis", "CONSENT")).andReturn();
        assertThat(missingConsent.getResponse().getContentAsString()).contains("error-summary");

        MvcResult referred = mvc.perform(post("/app/signalen/" + id + "/doorverwijzen").with(csrf())
                .with(TestActors.as(COORDINATOR)).param("recipient", "COMENSHA").param("field", "PERSONS")
                .param("field", "INDICATORS").param("legalBasis", "CONSENT").param("consent", "GIVEN")).andReturn();
        assertThat(referred.getResponse().getStatus()).isEqualTo(302);
        UUID shareId = (UUID) referred.getFlashMap().get("sharedId");

        events.clear();
        MvcResult pdf = mvc.perform(get("/app/signalen/" + id + "/verstrekkingen/" + shareId + "/samenvatting.pdf")
                .with(TestActors.as(COORDINATOR))).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains(ref.value()).contains("Pseudo " + canary).contains("CoMensha")
                .contains("Toestemming van de betrokkene (bijvoorbeeld melding bij CoMensha)").contains("Heeft geen toegang tot eigen identiteitsbewijs");
        assertThat(text).doesNotContain("Observation " + canary).doesNotContain("Hotelweg")
                .doesNotContain("+31612349999").doesNotContain("Note " + canary).doesNotContain("red coat");
        assertThat(events.stream(AccessEvent.class)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AccessEvent.Action.EXPORT))
                .satisfies(e -> assertThat(e.subjectPseudonym()).isEqualTo(ref.value()));

        // another organisation cannot fetch it, even with both ids
        assertThat(mvc.perform(get("/app/signalen/" + id + "/verstrekkingen/" + shareId + "/samenvatting.pdf")
                .with(TestActors.as(TestActors.actor("ELDERS", Role.INSPECTOR, "GM0080")))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aSignalIsNotClosedWithoutAChosenOutcome() throws Exception {
        UUID id = SignalFixtures.id(jdbc, as(INSPECTOR,
                () -> handling.register(SignalFixtures.signal("no-default", "+31611113333"))));
        mvc.perform(post("/app/signalen/" + id + "/triage").with(csrf()).with(TestActors.as(COORDINATOR)));
        String page = mvc.perform(get("/app/signalen/" + id).with(TestActors.as(COORDINATOR))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("name=\"outcome\"").doesNotContain("checked");

        MvcResult refused = mvc.perform(post("/app/signalen/" + id + "/afsluiten").with(csrf())
                .with(TestActors.as(COORDINATOR)).param("note", "klaar")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("problems")).asList().singleElement()
                .satisfies(p -> assertThat(((frl.ienline.shared.InputRejected.Problem) p).what())
                        .isEqualTo("signals.error.outcome"));
        assertThat(jdbc.sql("SELECT state FROM signals.signal WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("IN_TRIAGE");
        String back = mvc.perform(get("/app/signalen/" + id).with(TestActors.as(COORDINATOR))
                .flashAttr("problems", refused.getFlashMap().get("problems"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(back).contains("error-summary").contains("href=\"#close-outcome\"")
                .contains("Kies hoe het signaal is afgehandeld");
    }

    @Test
    void aSecondSignalAboutTheSamePhoneIsProposedAsDuplicateAndMergedWithAReason() throws Exception {
        UUID first = SignalFixtures.id(jdbc, as(INSPECTOR,
                () -> handling.register(SignalFixtures.signal("dup-one", "+31611112222"))));
        UUID second = SignalFixtures.id(jdbc, as(TestActors.actor("GEMEENTE-SMALLINGERLAND", Role.LICENSING_OFFICER,
                "GM0090"), () -> handling.register(SignalFixtures.signal("dup-two", "+31611112222"))));
        String page = mvc.perform(get("/app/signalen/" + second).with(TestActors.as(COORDINATOR))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Mogelijke dubbele signalen").contains("zelfde telefoonnummer")
                .contains(first.toString());
        // the registering inspector sees the signal but gets no duplicate proposals: that is triage work
        assertThat(mvc.perform(get("/app/signalen/" + first).with(TestActors.as(INSPECTOR))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("Mogelijke dubbele signalen");

        assertThat(mvc.perform(post("/app/signalen/" + second + "/samenvoegen").with(csrf())
                .with(TestActors.as(COORDINATOR)).param("duplicate", first.toString())).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        mvc.perform(post("/app/signalen/" + second + "/samenvoegen").with(csrf()).with(TestActors.as(COORDINATOR))
                .param("duplicate", first.toString()).param("reason", "same phone, same hotel"));
        assertThat(jdbc.sql("SELECT merged_into FROM signals.signal WHERE id = :id").param("id", first)
                .query(UUID.class).single()).isEqualTo(second);
        SignalView view = as(COORDINATOR, () -> handling.view(second));
        assertThat(view.merged()).containsKey(first);
        assertThat(view.history()).anyMatch(h -> h.event().startsWith("MERGED_FROM")
                && "same phone, same hotel".equals(h.detail()));
    }
}
