package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.CanaryScan;
import frl.ienline.TestActors;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R14/R15 across the register's forms (review L10, M4): a canary typed into every public and staff form field
 * about people, findings and reasons — also into fields that are refused as invalid — appears neither in the
 * captured application log nor, in plain text, in any column of any schema the application can read. Left out on
 * purpose: business name, premises address, advertised phone and KvK number (published in the public register)
 * and licence conditions (published on the licence).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class RegisterFormsCanaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCanaryInEveryRegisterFormReachesNeitherTheLogNorThePlainDatabase(CapturedOutput output) throws Exception {
        String canary = "Formkanarie" + UUID.randomUUID().toString().substring(0, 8);
        // public: the online application, step by step
        MockHttpSession session = new MockHttpSession();
        var begun = mvc.perform(post("/aanvragen/nieuw").session(session).with(csrf())
                .with(r -> { r.setRemoteAddr("10.77.0.1"); return r; })).andReturn();
        String reference = (String) begun.getFlashMap().get("reference");
        mvc.perform(post("/aanvragen/inloggen").with(csrf()).param("reference", canary).param("code", canary));
        mvc.perform(post("/aanvragen/stap/bedrijf").session(session).with(csrf())
                .param("kind", "PB").param("municipality", "GM0080").param("name", "Club Formulier")
                .param("street", "Webstraat").param("houseNumber", "3").param("postcode", "8911ab").param("town", "Leeuwarden")
                .param("workrooms", "2").param("adPhone", "06 1234 5688").param("expectedSexWorkers", "2"));
        mvc.perform(post("/aanvragen/stap/contact").session(session).with(csrf())
                .param("postalStreet", canary + " Postweg").param("postalHouseNumber", "9").param("postalPostcode", "8911ac")
                .param("postalTown", "Leeuwarden").param("email", canary + "@example.nl")
                .param("phone", "058 233 4455"));
        mvc.perform(post("/aanvragen/stap/exploitant").session(session).with(csrf())
                .param("operatorType", "PERSON").param("operatorName", canary + " Exploitant").param("operatorBirthDate", canary))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/aanvragen/stap/exploitant").session(session).with(csrf())
                .param("operatorType", "PERSON").param("operatorName", canary + " Exploitant").param("operatorBirthDate", "1980-05-05"));
        mvc.perform(post("/aanvragen/stap/beheerders").session(session).with(csrf())
                .param("managerName[0]", canary + " Beheerder").param("managerBirthDate[0]", "1985-06-06"));
        mvc.perform(multipart("/aanvragen/documenten").file(new MockMultipartFile("document", canary + ".pdf",
                "application/pdf", UploadInspectorTest.pdf("Inhoud " + canary))).param("kind", "FLOOR_PLAN")
                .session(session).with(csrf()));
        mvc.perform(post("/aanvragen/indienen").session(session).with(csrf()));
        UUID id = jdbc.sql("SELECT id FROM register.application WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();

        // staff: the steps of the file, each text field with the canary
        var officer = TestActors.as(LEEUWARDEN);
        String file = "/app/register/aanvragen/" + id;
        mvc.perform(post(file + "/informatie-opvragen").param("what", "Vraag " + canary).with(csrf()).with(officer));
        UUID request = jdbc.sql("SELECT id FROM register.information_request WHERE application_id = :id")
                .param("id", id).query(UUID.class).single();
        mvc.perform(multipart("/aanvragen/verzoeken/" + request).file(new MockMultipartFile("document", "antwoord.pdf",
                "application/pdf", UploadInspectorTest.pdf("Antwoord " + canary))).param("answer", "Antwoord " + canary)
                .session(session).with(csrf()));
        mvc.perform(post(file + "/verdagen").param("reason", "Verdaging " + canary).with(csrf()).with(officer));
        mvc.perform(post(file + "/bibob-aanvragen").param("reason", "Bibob gevraagd " + canary).with(csrf()).with(officer));
        mvc.perform(post(file + "/bibob-vastleggen").param("outcome", "NO_DANGER").param("summary", "Bibob " + canary)
                .with(csrf()).with(officer));
        mvc.perform(post(file + "/bibob-vastleggen").param("outcome", canary).param("summary", "Bibob " + canary)
                .with(csrf()).with(officer));
        mvc.perform(post(file + "/zienswijze-vragen").param("dueOn", LocalDate.now().plusWeeks(2).toString())
                .param("reason", "Zienswijze gevraagd " + canary).with(csrf()).with(officer));
        mvc.perform(post(file + "/zienswijze-vastleggen").param("summary", "Zienswijze " + canary).with(csrf()).with(officer));
        mvc.perform(post(file + "/besluiten").param("outcome", "GRANTED").param("reason", "Besluit " + canary)
                .with(csrf()).with(officer));
        // staff: a paper application
        mvc.perform(post("/app/register/aanvragen/nieuw").with(csrf()).with(officer)
                .param("kind", "EB").param("municipality", "GM0080").param("name", "Escort Papier")
                .param("adPhone", "06 1234 5689").param("expectedSexWorkers", "2")
                .param("operatorType", "PERSON").param("operatorName", canary + " Papier").param("operatorBirthDate", "1981-01-01")
                .param("managerName[0]", canary + " Papierbeheerder").param("managerBirthDate[0]", "1982-02-02")
                .param("receivedOn", LocalDate.now().toString()));

        assertThat(jdbc.sql("SELECT bibob_summary IS NOT NULL FROM register.application WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).as("the forms were accepted").isTrue();
        assertThat(CanaryScan.find(jdbc, canary, CanaryScan.readableSchemas(jdbc))).isEmpty();
        assertThat(output.getAll()).doesNotContain(canary);
    }
}
