package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.LEEUWARDEN;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.club;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static frl.ienline.register.RegisterFixtures.managers;
import static frl.ienline.register.RegisterFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.register.internal.BibobOutcome;
import frl.ienline.register.internal.DocumentKind;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.OnlineApplying;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.ReducedFile;
import frl.ienline.shared.Actor;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * M11/D18: a licensing officer reads the region's files, but another municipality's only reduced — no Bibob
 * outcome or summary, no documents, no birth dates, no reasons, no decision letter — while the file's own
 * officer sees everything; licence pages show birth dates only within the reader's scope; a draft's
 * documents are never served to staff.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterNeedToKnowTests {

    /** Heerenveen has no licence cap, so these tests can grant freely. */
    static final Actor HEERENVEEN = TestActors.actor("GM0074", Role.LICENSING_OFFICER, "GM0074");

    @Autowired
    MockMvc mvc;
    @Autowired
    LicenceApplications applications;
    @Autowired
    OnlineApplying applying;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherMunicipalitysFileIsReducedAndItsDocumentsAndLetterAreRefused() throws Exception {
        UUID id = inAssessment(applications, HEERENVEEN, club("GM0074", "Test Club Nodig Weten"),
                person("Olga Weten", "1977-07-17"), managers("Piet Weten", "1966-06-16"));
        as(HEERENVEEN, () -> {
            applications.addDocument(id, DocumentKind.OTHER, "ondernemingsplan-weten.jpg",
                    UploadInspectorTest.jpegWithExif("x"));
            applications.requestBibobAdvice(id, "Herkomst vermogen");
            applications.recordBibobAdvice(id, BibobOutcome.LESSER_DANGER, "Bibob-samenvatting-geheim");
            return applications.decide(id, Outcome.GRANTED_WITH_CONDITIONS, List.of("Camera bij de ingang"),
                    "Motivering-geheim");
        });
        UUID document = jdbc.sql("SELECT id FROM register.application_document WHERE application_id = :id")
                .param("id", id).query(UUID.class).single();

        String own = page("/app/register/aanvragen/" + id, HEERENVEEN);
        assertThat(own).contains("Bibob-samenvatting-geheim").contains("17-7-1977").contains("ondernemingsplan-weten")
                .contains("Motivering-geheim");

        String other = page("/app/register/aanvragen/" + id, LEEUWARDEN);
        assertThat(other).contains("Test Club Nodig Weten").contains("Olga Weten").contains("Piet Weten")
                .contains("Alleen lezen").doesNotContain("Bibob-samenvatting-geheim").doesNotContain("Motivering-geheim")
                .doesNotContain("1977").doesNotContain("1966").doesNotContain("ondernemingsplan-weten")
                .doesNotContain("besluit.pdf").doesNotContain("/documenten/");
        mvc.perform(get("/app/register/aanvragen/{id}/documenten/{d}", id, document).with(TestActors.as(LEEUWARDEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/app/register/aanvragen/{id}/besluit.pdf", id).with(TestActors.as(LEEUWARDEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/app/register/aanvragen/{id}/documenten/{d}", id, document).with(TestActors.as(HEERENVEEN)))
                .andExpect(status().isOk());
        assertThat(as(LEEUWARDEN, () -> applications.view(id))).isInstanceOf(ReducedFile.class);

        UUID licenceId = as(HEERENVEEN, () -> applications.file(id)).application().licenceId();
        var inspectorElsewhere = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
        assertThat(page("/app/register/vergunningen/" + licenceId, inspectorElsewhere)).contains("Piet Weten")
                .doesNotContain("16-6-1966");
        assertThat(page("/app/register/vergunningen/" + licenceId, HEERENVEEN)).contains("16-6-1966");
    }

    @Test
    void aDraftsDocumentsAreNeverServedToStaff() throws Exception {
        OnlineApplying.Started draft = applying.start("c.test-" + UUID.randomUUID());
        applying.saveBusiness(draft.id(), club("GM0074", "Test Club Concept"));
        applying.addDocument(draft.id(), DocumentKind.OTHER, "concept.jpg", UploadInspectorTest.jpegWithExif("y"),
                "c.test-" + UUID.randomUUID());
        UUID document = jdbc.sql("SELECT id FROM register.application_document WHERE application_id = :id")
                .param("id", draft.id()).query(UUID.class).single();
        mvc.perform(get("/app/register/aanvragen/{id}/documenten/{d}", draft.id(), document)
                .with(TestActors.as(HEERENVEEN))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> as(HEERENVEEN, () -> applications.document(draft.id(), document)))
                .isInstanceOf(NotFound.class);
    }

    private String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
