package frl.ienline.signals.internal;

import static frl.ienline.signals.internal.PublicReportTests.REFERENCE;
import static frl.ienline.signals.internal.PublicReportTests.SECRET;
import static frl.ienline.signals.internal.PublicReportTests.from;
import static frl.ienline.signals.internal.SignalFixtures.COORDINATOR;
import static frl.ienline.signals.internal.SignalFixtures.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.CanaryScan;
import frl.ienline.TestActors;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R14/R15 across the signals forms: a canary in every field of the public report, its addition, the staff intake
 * (observation, location, persons), an addition, a merge reason and a closing note — and in invalid input —
 * appears neither in the captured application log nor, in plain text, in any column of a readable schema.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignalsFormsCanaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCanaryInEverySignalsFormReachesNeitherTheLogNorThePlainDatabase(CapturedOutput output) throws Exception {
        String canary = "Signaalkanarie" + UUID.randomUUID().toString().substring(0, 8);
        // public: the anonymous report and its addition
        var sent = mvc.perform(post("/melden").with(csrf()).with(from("203.0.113.91"))
                .param("observation", "Gezien " + canary).param("municipality", "GM0090").param("locationType", "HOTEL")
                .param("location", "Hotel " + canary).param("phone", "06 98 76 54 31")
                .param("organisation", "Zorg " + canary)).andReturn();
        // post/redirect/get: the receipt page shows the reference and secret once
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(sent.getResponse().getRedirectedUrl()).flashAttrs(sent.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        Matcher reference = REFERENCE.matcher(body);
        Matcher secret = SECRET.matcher(body);
        assertThat(reference.find() && secret.find()).as("the public report was accepted").isTrue();
        mvc.perform(post("/melden/aanvullen").with(csrf()).with(from("203.0.113.91")).param("reference", reference.group(1))
                .param("secret", secret.group(1)).param("text", "Aanvulling " + canary));
        mvc.perform(post("/melden/aanvullen").with(csrf()).with(from("203.0.113.92")).param("reference", canary)
                .param("secret", canary).param("text", "Fout " + canary));
        mvc.perform(post("/melden").with(csrf()).with(from("203.0.113.93")).param("observation", "Ongeldig " + canary)
                .param("municipality", canary).param("phone", canary));

        // staff: intake with persons, addition, merge and close
        var inspector = TestActors.as(INSPECTOR);
        String location = mvc.perform(post("/app/signalen").with(csrf()).with(inspector)
                .param("observation", "Waarneming " + canary).param("municipality", "GM0080")
                .param("locationType", "HOTEL").param("location", "Kamer " + canary)
                .param("observedOn", LocalDate.now().toString())
                .param("person0.pseudonym", "Roos" + canary).param("person0.age", "25")
                .param("person0.language", "ro").param("person0.description", "Beschrijving " + canary)
                .param("phones", "06 98 76 54 30")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("the staff intake was accepted").isEqualTo("/app/signalen");
        UUID id = jdbc.sql("""
                SELECT id FROM signals.signal WHERE source = 'STAFF' AND registered_by_org = 'TOEZICHT-FRL'
                ORDER BY registered_at DESC LIMIT 1""").query(UUID.class).single();
        mvc.perform(post("/app/signalen").with(csrf()).with(inspector).param("observation", "Ongeldig " + canary)
                .param("municipality", canary).param("observedOn", canary).param("phones", canary));
        mvc.perform(post("/app/signalen/" + id + "/aanvulling").with(csrf()).with(inspector).param("text", "Meer " + canary));
        UUID publicId = SignalFixtures.id(jdbc, frl.ienline.signals.SignalReference.of(reference.group(1)));
        var coordinator = TestActors.as(COORDINATOR);
        mvc.perform(post("/app/signalen/" + id + "/samenvoegen").with(csrf()).with(coordinator)
                .param("duplicate", publicId.toString()).param("reason", "Zelfde " + canary));
        mvc.perform(post("/app/signalen/" + id + "/triage").with(csrf()).with(coordinator));
        mvc.perform(post("/app/signalen/" + id + "/afsluiten").with(csrf()).with(coordinator)
                .param("outcome", "NO_FURTHER_ACTION").param("note", "Afgesloten " + canary));

        assertThat(CanaryScan.find(jdbc, canary, CanaryScan.readableSchemas(jdbc))).isEmpty();
        assertThat(output.getAll()).doesNotContain(canary);
    }
}
