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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.Outcome;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Officers read the whole regional register and change only their own municipality's files: a foreign
 * change is 403 with a DENIED access entry, and nothing changes. Other roles and anonymous visitors get
 * nothing of the staff pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RegisterAuthorisationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LicenceApplications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    UUID sudwestFile() {
        return inAssessment(applications, SUDWEST, club("GM1900", "Test Club Zuidwest Scope"),
                person("Mark Scope", "1980-01-01"), managers("Nina Scope", "1981-01-01"));
    }

    @Test
    void anOfficerOfLeeuwardenCannotChangeAFileOfSudwestFryslan() throws Exception {
        UUID id = sudwestFile();
        events.clear();
        mvc.perform(post("/app/register/aanvragen/{id}/bibob-aanvragen", id).param("reason", "x")
                .with(csrf()).with(TestActors.as(LEEUWARDEN))).andExpect(status().isForbidden());
        mvc.perform(post("/app/register/aanvragen/{id}/besluiten", id).param("outcome", "GRANTED")
                .param("reason", "x").with(csrf()).with(TestActors.as(LEEUWARDEN))).andExpect(status().isForbidden());
        assertThat(as(SUDWEST,
                () -> applications.file(id)).application().state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
        List<AccessEvent> denied = events.stream(AccessEvent.class)
                .filter(e -> e.result() == AccessEvent.Result.DENIED).toList();
        assertThat(denied).as("one DENIED entry per refused change, naming the file").hasSize(2).allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo(LEEUWARDEN.username());
            assertThat(e.action()).isEqualTo(AccessEvent.Action.CHANGE);
            assertThat(e.objectId()).isEqualTo(id.toString());
            assertThat(e.objectType()).isEqualTo("licence-application");
        });
        long logged = jdbc.sql("""
                SELECT count(*) FROM audit.access_log WHERE result = 'DENIED' AND object_id = :id AND actor_name = :who""")
                .param("id", id.toString()).param("who", LEEUWARDEN.username()).query(Long.class).single();
        assertThat(logged).isEqualTo(2);
    }

    @Test
    void butMayReadItAndSeesItIsReadOnly() throws Exception {
        UUID id = sudwestFile();
        mvc.perform(get("/app/register/aanvragen/{id}", id).with(TestActors.as(LEEUWARDEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Alleen lezen")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("bibob-aanvragen"))));
        mvc.perform(get("/app/register/aanvragen/{id}", id).with(TestActors.as(SUDWEST)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("bibob-aanvragen")));
    }

    @Test
    void theOwnOfficerCanChangeItThroughThePage() throws Exception {
        UUID id = sudwestFile();
        mvc.perform(post("/app/register/aanvragen/{id}/bibob-aanvragen", id).param("reason", "Financiering")
                .with(csrf()).with(TestActors.as(SUDWEST))).andExpect(status().is3xxRedirection());
        assertThat(as(SUDWEST, () -> applications.file(id)).application().state())
                .isEqualTo(ApplicationState.BIBOB_ADVICE_REQUESTED);
    }

    @Test
    void eachOneTextStepReachesItsOwnVerbWithItsOwnField() throws Exception {
        UUID id = sudwestFile();
        mvc.perform(post("/app/register/aanvragen/{id}/verdagen", id).param("reason", "Drukte")
                .with(csrf()).with(TestActors.as(SUDWEST))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/app/register/aanvragen/{id}/informatie-opvragen", id).param("what", "Bedrijfsplan")
                .with(csrf()).with(TestActors.as(SUDWEST))).andExpect(status().is3xxRedirection());
        var application = as(SUDWEST, () -> applications.file(id)).application();
        assertThat(application.extendedOn()).isNotNull();
        assertThat(application.state()).isEqualTo(ApplicationState.INCOMPLETE);
        mvc.perform(post("/app/register/aanvragen/{id}/intrekken", id).param("reason", "Aanvrager ziet af")
                .with(csrf()).with(TestActors.as(SUDWEST))).andExpect(status().is3xxRedirection());
        assertThat(as(SUDWEST, () -> applications.file(id)).application().state())
                .isEqualTo(ApplicationState.WITHDRAWN);
        mvc.perform(post("/app/register/aanvragen/{id}/onbekende-stap", id).param("reason", "x")
                .with(csrf()).with(TestActors.as(SUDWEST))).andExpect(status().isNotFound());
    }

    @Test
    void aForeignLicenceCannotBeSuspendedOrRevoked() throws Exception {
        UUID id = sudwestFile();
        String number = as(SUDWEST, () -> applications.decide(id, Outcome.GRANTED, List.of(), "Voldoet")).orElseThrow();
        UUID licenceId = as(SUDWEST, () -> applications.file(id)).application().licenceId();
        mvc.perform(post("/app/register/vergunningen/{id}/intrekken", licenceId).param("reason", "x")
                .with(csrf()).with(TestActors.as(LEEUWARDEN))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vergunningen/{n}", number)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"geldig\"")));
    }

    @Test
    void aPaperApplicationCannotBeRegisteredForAnotherMunicipality() throws Exception {
        mvc.perform(post("/app/register/aanvragen/nieuw").with(csrf()).with(TestActors.as(LEEUWARDEN))
                .param("receivedOn", java.time.LocalDate.now().toString())
                .param("kind", "EB").param("municipality", "GM1900").param("name", "Test Escort Buiten Scope")
                .param("adPhone", "0612345678").param("expectedSexWorkers", "2")
                .param("operatorType", "PERSON").param("operatorName", "Olga Buiten").param("operatorBirthDate",
                "1980-01-01")
                .param("managerName[0]", "Olga Buiten").param("managerBirthDate[0]", "1980-01-01"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM register.application WHERE business_name = 'Test Escort Buiten Scope'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void otherRolesAndAnonymousVisitorsGetNoApplications() throws Exception {
        UUID id = sudwestFile();
        var inspector = TestActors.actor("GM1900", Role.INSPECTOR, "GM1900");
        var careWorker = TestActors.actor("FIER", Role.CARE_WORKER, "GM0080");
        mvc.perform(get("/app/register/aanvragen/{id}",
                id).with(TestActors.as(inspector))).andExpect(status().isForbidden());
        mvc.perform(get("/app/register").with(TestActors.as(careWorker))).andExpect(status().isForbidden());
        mvc.perform(get("/app/register/vergunningen").with(TestActors.as(careWorker))).andExpect(status().isForbidden());
        mvc.perform(get("/app/register/vergunningen").with(TestActors.as(inspector))).andExpect(status().isOk());
        mvc.perform(get("/app/register/aanvragen/{id}", id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aStateChangeWithoutCsrfTokenIsRefused() throws Exception {
        UUID id = sudwestFile();
        mvc.perform(post("/app/register/aanvragen/{id}/bibob-aanvragen", id).with(TestActors.as(SUDWEST)))
                .andExpect(status().isForbidden());
        assertThat(as(SUDWEST,
                () -> applications.file(id)).application().state()).isEqualTo(ApplicationState.IN_ASSESSMENT);
    }

    @Autowired
    frl.ienline.register.internal.OnlineApplying applying;

    @Test
    void theOutboxIsForLicensingOfficersAndShowsOnlyTheirMunicipalitiesMailMasked() throws Exception {
        var started = applying.start("c.test-" + UUID.randomUUID());
        applying.saveBusiness(started.id(), club("GM1900", "Test Club Zuidwest Post"));
        applying.saveContact(started.id(), RegisterFixtures.contact("zuidwest.post@example.nl"));
        applying.saveOperator(started.id(), person("Zara Post", "1980-01-01"));
        applying.saveManagers(started.id(), managers("Zeno Post", "1981-01-01"));
        applying.submit(started.id());
        String reference = started.reference().value();
        mvc.perform(get("/app/uitgaande-post").with(TestActors.as(SUDWEST))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(reference)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("z•••@example.nl")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("zuidwest.post@example.nl"))));
        mvc.perform(get("/app/uitgaande-post").with(TestActors.as(LEEUWARDEN))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(reference))));
        mvc.perform(get("/app/uitgaande-post").with(TestActors.as(
                TestActors.actor("GM1900", frl.ienline.shared.Role.INSPECTOR, "GM1900")))).andExpect(status().isForbidden());
        mvc.perform(get("/app/uitgaande-post")).andExpect(status().is3xxRedirection());
    }
}
