package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.HistoryEntry;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.web.Flash;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Four eyes and confirmation on a licence decision (issue 17, ADR 0022): the officer first sees a page that says what
 * will happen; confirmed, the decision only waits; it takes effect when a second officer approves it (paraaf), never
 * by the officer who proposed it; the paraaf is in the file's history and in the access log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionFourEyesTests {

    /** A second licensing officer of the same municipality. */
    static final TestActor SECOND = new TestActor(UUID.randomUUID(), "tweede-ambtenaar-gm0080", "Tweede Ambtenaar",
            LEEUWARDEN.organisationCode(), LEEUWARDEN.roles(), LEEUWARDEN.scope(), false);

    @Autowired
    MockMvc mvc;
    @Autowired
    LicenceApplications applications;
    @Autowired
    DataSource dataSource;

    private UUID file(String name) {
        return inAssessment(applications, LEEUWARDEN, club("GM0080", name), person("Sem " + name, "1979-04-04"),
                managers("Lot " + name, "1982-05-05"));
    }

    private ApplicationState state(UUID id) {
        return as(LEEUWARDEN, () -> applications.file(id)).application().state();
    }

    @Test
    void aDecisionTakesEffectOnlyAfterASecondOfficersParaaf() throws Exception {
        UUID id = file("Vier Ogen");

        String confirm = mvc.perform(post("/app/register/aanvragen/{id}/besluiten", id).with(csrf())
                        .with(TestActors.as(LEEUWARDEN)).param("outcome", "GRANTED").param("reason", "Voldoet"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("id=\"confirm-what-happens\"").contains("tweede ambtenaar")
                .contains("name=\"confirmed\" value=\"true\"");
        assertThat(state(id)).isEqualTo(ApplicationState.IN_ASSESSMENT);

        mvc.perform(post("/app/register/aanvragen/{id}/besluiten", id).with(csrf()).with(TestActors.as(LEEUWARDEN))
                .param("outcome", "GRANTED").param("reason", "Voldoet").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).as("a decision without the second approval does not take effect")
                .isEqualTo(ApplicationState.IN_ASSESSMENT);

        MvcResult own = mvc.perform(post("/app/register/aanvragen/{id}/paraferen", id).with(csrf())
                .with(TestActors.as(LEEUWARDEN))).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(((Flash.Problem) own.getFlashMap().get("problem")).key())
                .isEqualTo("register.guard.secondOfficerMustDiffer");
        assertThat(state(id)).isEqualTo(ApplicationState.IN_ASSESSMENT);

        String page = mvc.perform(get("/app/register/aanvragen/{id}/paraferen", id).with(TestActors.as(SECOND)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"paraaf-what-happens\"").contains("Voldoet");
        mvc.perform(post("/app/register/aanvragen/{id}/paraferen", id).with(csrf()).with(TestActors.as(SECOND)))
                .andExpect(status().is3xxRedirection());

        assertThat(state(id)).isEqualTo(ApplicationState.DECIDED);
        assertThat(as(LEEUWARDEN, () -> applications.file(id)).application().history())
                .extracting(HistoryEntry::action, HistoryEntry::by)
                .contains(org.assertj.core.groups.Tuple.tuple("decisionProposed.GRANTED", LEEUWARDEN.username()),
                        org.assertj.core.groups.Tuple.tuple("decisionApproved", SECOND.username()));
        assertThat(JdbcClient.create(dataSource).sql("""
                SELECT count(*) FROM audit.access_log WHERE object_type = 'licence-decision-approval'
                  AND object_id = :id AND actor_id = :approver AND result = 'ALLOWED'
                """).param("id", id.toString()).param("approver", SECOND.id()).query(Integer.class).single())
                .isEqualTo(1);
    }
}
