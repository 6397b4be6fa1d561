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
import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.web.Flash;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No dangerous defaults in the register (issue 17): the outcome of a decision and of a Bibob advice is never
 * pre-selected, and saving without choosing is refused with a message that says what to choose, nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionFormDefaultsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LicenceApplications applications;

    private UUID file(String name) {
        return inAssessment(applications, LEEUWARDEN, club("GM0080", name), person("Sem " + name, "1979-04-04"),
                managers("Lot " + name, "1982-05-05"));
    }

    private static Flash.Problem problem(MvcResult result) {
        return (Flash.Problem) result.getFlashMap().get("problem");
    }

    @Test
    void aDecisionWithoutAChosenOutcomeIsRefused() throws Exception {
        UUID id = file("Standaard Een");
        String page = mvc.perform(get("/app/register/aanvragen/{id}", id).with(TestActors.as(LEEUWARDEN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"outcome\"").doesNotContain("checked");

        MvcResult refused = mvc.perform(post("/app/register/aanvragen/{id}/besluiten", id).with(csrf())
                        .with(TestActors.as(LEEUWARDEN)).param("reason", "Voldoet aan alle eisen"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problem(refused).key()).isEqualTo("register.error.chooseOutcome");
        assertThat(as(LEEUWARDEN, () -> applications.file(id)).application().state())
                .isEqualTo(ApplicationState.IN_ASSESSMENT);
    }

    @Test
    void aBibobAdviceWithoutAChosenOutcomeIsRefused() throws Exception {
        UUID id = file("Standaard Twee");
        as(LEEUWARDEN, () -> {
            applications.requestBibobAdvice(id, "Financiering onduidelijk");
            return null;
        });
        MvcResult refused = mvc.perform(post("/app/register/aanvragen/{id}/bibob-vastleggen", id).with(csrf())
                        .with(TestActors.as(LEEUWARDEN)).param("summary", "Advies ontvangen"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problem(refused).key()).isEqualTo("register.error.chooseBibob");
        assertThat(as(LEEUWARDEN, () -> applications.file(id)).application().bibobOutcome()).isNull();
    }
}
