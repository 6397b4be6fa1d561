package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.SUDWEST;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.web.Flash;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the officer's pages say about bad input and to whom: message keys instead of exception messages
 * (D11/L9), role and scope before any input is read or an upload parsed (D12), no link that answers 403 (D13).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LicenceApplications applications;

    @Autowired
    JdbcClient jdbc;

    /** Heerenveen has no cap on licences, so these tests may grant as many as they like. */
    static final frl.ienline.shared.Actor HEERENVEEN = TestActors.actor("GM0074", Role.LICENSING_OFFICER, "GM0074");

    UUID heerenveenFile(String name) {
        return inAssessment(applications, HEERENVEEN, club("GM0074", name), person("Mark Invoer", "1980-01-01"),
                managers("Nina Invoer", "1981-01-01"));
    }

    UUID sudwestFile(String name) {
        return inAssessment(applications, SUDWEST, club("GM1900", name), person("Mark Invoer", "1980-01-01"),
                managers("Nina Invoer", "1981-01-01"));
    }

    @Test
    void badInputIsTranslatedNeverAnExceptionMessage() throws Exception {
        UUID id = sudwestFile("Test Club Invoer Een");
        MvcResult kind = mvc.perform(multipart("/app/register/aanvragen/{id}/documenten", id)
                .file(new MockMultipartFile("document", "plan.pdf", "application/pdf", new byte[] {1}))
                .param("kind", "BOGUS").with(csrf()).with(TestActors.as(SUDWEST)))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problem(kind)).isEqualTo(new Flash.Problem("register.error.invalid", List.of()));

        MvcResult outcome = mvc.perform(post("/app/register/aanvragen/{id}/bibob-vastleggen", id)
                .param("outcome", "BOGUS").param("summary", "Advies").with(csrf()).with(TestActors.as(SUDWEST)))
                .andReturn();
        assertThat(problem(outcome)).isEqualTo(new Flash.Problem("register.error.invalid", List.of()));
        as(SUDWEST, () -> {
            applications.requestBibobAdvice(id, "Financiering");
            return null;
        });
        MvcResult summary = mvc.perform(post("/app/register/aanvragen/{id}/bibob-vastleggen", id)
                .param("outcome", "NO_DANGER").param("summary", " ").with(csrf()).with(TestActors.as(SUDWEST)))
                .andReturn();
        assertThat(problem(summary)).isEqualTo(new Flash.Problem("register.error.textRequired", List.of()));

        UUID other = heerenveenFile("Test Club Invoer Vier");
        String number = as(HEERENVEEN, () -> applications.decide(other, Outcome.GRANTED, List.of(), "Voldoet"))
                .orElseThrow();
        UUID licenceId = as(HEERENVEEN, () -> applications.file(other)).application().licenceId();
        MvcResult until = mvc.perform(post("/app/register/vergunningen/{id}/schorsen", licenceId)
                .param("reason", "Onderzoek").with(csrf()).with(TestActors.as(HEERENVEEN))).andReturn();
        assertThat(problem(until)).isEqualTo(new Flash.Problem("register.error.date", List.of()));
        String page = mvc.perform(get("/app/register/vergunningen/{id}", licenceId).flashAttrs(until.getFlashMap())
                .with(TestActors.as(HEERENVEEN))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("geldige datum").doesNotContain("date required").doesNotContain("No enum constant");
        assertThat(number).isNotBlank();
    }

    @Test
    void anOfficerOutsideTheScopeIsRefusedBeforeTheUploadIsParsed() throws Exception {
        UUID id = sudwestFile("Test Club Invoer Twee");
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);
        MvcResult refused = mvc.perform(multipart("/app/register/aanvragen/{id}/documenten", id)
                .file(new MockMultipartFile("document", "plan.pdf", "application/pdf", broken)).param("kind", "OTHER")
                .with(csrf()).with(TestActors.as(LEEUWARDEN))).andExpect(status().isForbidden()).andReturn();
        assertThat(refused.getFlashMap().isEmpty()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM register.application_document WHERE application_id = :id")
                .param("id", id).query(Long.class).single()).isZero();
        // the same file from the file's own officer is inspected and refused as damaged
        MvcResult inspected = mvc.perform(multipart("/app/register/aanvragen/{id}/documenten", id)
                .file(new MockMultipartFile("document", "plan.pdf", "application/pdf", broken)).param("kind", "OTHER")
                .with(csrf()).with(TestActors.as(SUDWEST))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problem(inspected).key()).startsWith("register.upload.");
    }

    @Test
    void aPaperApplicationForAnotherMunicipalityIsRefusedBeforeTheFormIsChecked() throws Exception {
        String body = mvc.perform(post("/app/register/aanvragen/nieuw").with(csrf()).with(TestActors.as(LEEUWARDEN))
                        .param("municipality", "GM1900").param("kind", "EB").param("name", ""))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Controleer deze velden");
        mvc.perform(post("/app/register/aanvragen/nieuw").with(csrf()).with(TestActors.as(LEEUWARDEN))
                        .param("receivedOn", LocalDate.now().toString()).param("municipality", "GM0080").param("name", ""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anInspectorReadsALicenceWithoutALinkToTheApplicationFile() throws Exception {
        UUID id = heerenveenFile("Test Club Invoer Drie");
        as(HEERENVEEN, () -> applications.decide(id, Outcome.GRANTED, List.of(), "Voldoet"));
        UUID licenceId = as(HEERENVEEN, () -> applications.file(id)).application().licenceId();
        var inspector = TestActors.actor("GM0074", Role.INSPECTOR, "GM0074");
        String page = mvc.perform(get("/app/register/vergunningen/{id}", licenceId).with(TestActors.as(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("/app/register/aanvragen/" + id);
        mvc.perform(get("/app/register/aanvragen/{id}", id).with(TestActors.as(inspector))).andExpect(status().isForbidden());
        String officers = mvc.perform(get("/app/register/vergunningen/{id}", licenceId).with(TestActors.as(HEERENVEEN)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(officers).contains("/app/register/aanvragen/" + id);
    }

    private static Flash.Problem problem(MvcResult result) {
        return (Flash.Problem) result.getFlashMap().get("problem");
    }

    @Test
    void aPaperApplicationTakesAPostalAddressAndOptionalMailAndPhoneCheckedPerField() throws Exception {
        java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> paper =
                email -> post("/app/register/aanvragen/nieuw").with(csrf()).with(TestActors.as(LEEUWARDEN))
                .param("receivedOn", LocalDate.now().toString())
                .param("kind", "EB").param("municipality", "GM0080").param("name", "Test Escort Papier Post")
                .param("adPhone", "0612399876").param("expectedSexWorkers", "2")
                .param("operatorType", "PERSON").param("operatorName", "Paula Papier").param("operatorBirthDate", "1980-01-01")
                .param("managerName[0]", "Paula Papier").param("managerBirthDate[0]", "1980-01-01")
                .param("postalStreet", "Correspondentieweg").param("postalHouseNumber", "7").param("postalPostcode", "8911 AD")
                .param("postalTown", "Leeuwarden").param("phone", "").param("email", email);
        String refused = mvc.perform(paper.apply("paula@"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("href=\"#email\"").doesNotContain("href=\"#phone\"");
        MvcResult registered = mvc.perform(paper.apply(""))
                .andExpect(status().is3xxRedirection()).andReturn();
        UUID id = UUID.fromString(registered.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        var contact = as(LEEUWARDEN, () -> applications.file(id)).contact();
        assertThat(contact.postalAddress().oneLine()).isEqualTo("Correspondentieweg 7, 8911 AD Leeuwarden");
        assertThat(contact.email()).isNull();
        assertThat(contact.phone()).isNull();
    }
}
