package frl.ienline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.LocationType;
import frl.ienline.supervision.internal.CaseFiles;
import frl.ienline.supervision.internal.ControlKind;
import frl.ienline.supervision.internal.Controls;
import frl.ienline.supervision.internal.LeadFilter;
import frl.ienline.supervision.internal.LeadSource;
import frl.ienline.supervision.internal.Worklist;
import frl.ienline.supervision.web.FormProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * No dangerous defaults (issue 17): every choice with legal weight on the supervision pages starts on "Kies …", and
 * saving without choosing is refused with an error that names the field, with nothing written.
 */
class NoDangerousDefaultsTests extends SupervisionTesting {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseFiles cases;
    @Autowired
    Controls controls;
    @Autowired
    Worklist worklist;

    private UUID newCase() {
        as(coordinator, () -> worklist.view(LeadFilter.open()));
        as(inspector, () -> worklist.view(LeadFilter.open()));
        return as(inspector, () -> cases.create("GM0080", "Zonder standaardwaarden"));
    }

    @SuppressWarnings("unchecked")
    private static List<FormProblem> problems(MvcResult result) {
        return (List<FormProblem>) (List<?>) result.getFlashMap().get("problems");
    }

    /** The select's first option is the empty "Kies …", and nothing in it is pre-selected. */
    private static void startsOnChoose(String html, String selectId) {
        var select = Pattern.compile("<select[^>]*id=\"" + selectId + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(select.find()).as(selectId).isTrue();
        assertThat(select.group(1).strip()).as(selectId).startsWith("<option value=\"\">Kies …</option>");
        assertThat(select.group(1)).as(selectId).doesNotContain("selected");
    }

    @Test
    void theEstimatedAgeAndTheEnforcementStepStartOnChooseAndAreRequired() throws Exception {
        UUID caseId = newCase();
        String page = mvc.perform(get("/app/toezicht/zaken/{id}", caseId).with(TestActors.as(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        startsOnChoose(page, "ageBand");
        assertThat(page).doesNotContain("Zoals voorgesteld");

        MvcResult refused = mvc.perform(post("/app/toezicht/zaken/{id}/personen", caseId).with(csrf())
                        .with(TestActors.as(inspector)).param("workingName", "Roos").param("ageBand", "")
                        .param("language", "nl"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problems(refused)).extracting(FormProblem::where, FormProblem::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ageBand", "supervision.error.choose"));
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_person WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();

        UUID person = as(inspector, () -> cases.addPerson(caseId, "Roos", "FROM_21_TO_25", null, "nl", null));
        page = mvc.perform(get("/app/toezicht/zaken/{id}", caseId).with(TestActors.as(inspector)))
                .andReturn().getResponse().getContentAsString();
        startsOnChoose(page, "subject");
        startsOnChoose(page, "step");
        MvcResult noStep = mvc.perform(post("/app/toezicht/zaken/{id}/handhaving", caseId).with(csrf())
                        .with(TestActors.as(inspector)).param("subject", "PERSON:" + person).param("step", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problems(noStep)).extracting(FormProblem::where).containsExactly("step");
        MvcResult noSubject = mvc.perform(post("/app/toezicht/zaken/{id}/handhaving", caseId).with(csrf())
                        .with(TestActors.as(inspector)).param("subject", "").param("step", "WARNING"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problems(noSubject)).extracting(FormProblem::where).containsExactly("subject");
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.enforcement_action WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theReportOfAControlHasNoOutcomeAndNoAnswersUntilTheyAreChosen() throws Exception {
        UUID caseId = newCase();
        UUID control = as(inspector, () -> controls.plan(caseId, new Controls.Plan(ControlKind.HOME_OR_HOTEL_VISIT,
                LocalDate.now(clock), LocalTime.of(0, 1), "Hotel aan de ring", LocationType.HOTEL, "GM0080",
                List.of(inspector.username(), coordinator.username()), null, false, null)));
        String page = mvc.perform(get("/app/toezicht/controles/{id}", control).with(TestActors.as(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        startsOnChoose(page, "outcome");
        assertThat(page).doesNotContain("checked");

        MvcResult refused = mvc.perform(post("/app/toezicht/controles/{id}/rapport", control).with(csrf())
                        .with(TestActors.as(inspector)).param("observations", "Niemand aanwezig").param("outcome", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(problems(refused)).extracting(FormProblem::where, FormProblem::what)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("idSeen", "supervision.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("age21Plus", "supervision.error.choose"),
                        org.assertj.core.groups.Tuple.tuple("outcome", "supervision.error.choose"));
        assertThat(jdbc.sql("SELECT state FROM supervision.control WHERE id = :id").param("id", control)
                .query(String.class).single()).isEqualTo("PLANNED");
    }

    @Test
    void aLeadIsNotDismissedWithoutAChosenReason() throws Exception {
        newCase();
        UUID lead = as(inspector, () -> worklist.createExternal(LeadSource.TIP, MunicipalityCode.of("GM0080"),
                "Tip over een adres in Leeuwarden"));
        String page = mvc.perform(get("/app/toezicht/leads/{id}", lead).with(TestActors.as(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        startsOnChoose(page, "reason");
        assertThat(page).doesNotContain("<option value=\"LICENSED_AFTER_ALL\" selected");

        mvc.perform(post("/app/toezicht/leads/{id}/afwijzen", lead).with(csrf()).with(TestActors.as(inspector))
                        .param("reason", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("problems"));
        assertThat(jdbc.sql("SELECT state FROM supervision.lead WHERE id = :id").param("id", lead)
                .query(String.class).single()).isEqualTo("OPEN");
    }
}
