package frl.ienline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import frl.ienline.supervision.internal.ControlKind;
import frl.ienline.supervision.internal.CaseStore;
import frl.ienline.supervision.internal.ControlStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees what: the team only within the mandate (participating municipalities within its scope), licensing
 * officers only the inspections of licensed businesses in their own municipality and never the worklist,
 * care roles nothing; a foreign record answers 404; every read, allowed or refused, is in the access log.
 */
class SupervisionAuthorisationTests extends SupervisionTesting {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseStore caseStore;
    @Autowired
    ControlStore controlStore;

    final TestActor officerLeeuwarden = TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080");
    final TestActor officerSmallingerland = TestActors.actor("GM0090", Role.LICENSING_OFFICER, "GM0090");
    final TestActor inspectorLeeuwardenOnly = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
    final TestActor careWorker = TestActors.actor("FIER", Role.CARE_WORKER, ALL);

    private UUID caseIn(String municipality) {
        UUID id = UUID.randomUUID();
        caseStore.insertCase(id, "TZ-AUTH-" + id.toString().substring(0, 4).toUpperCase(), MunicipalityCode.of(municipality),
                "Autorisatie", "test", Instant.now());
        return id;
    }

    private UUID controlIn(UUID caseId, String municipality, ControlKind kind) {
        UUID id = UUID.randomUUID();
        controlStore.insertControl(id, caseId, kind, MunicipalityCode.of(municipality), Instant.now(), "Adres", "CLUB_OR_PRIVATE_HOUSE",
                List.of("a", "b"), null, false, kind == ControlKind.LICENSED_BUSINESS_INSPECTION ? "FRL-0080-PB-9999" : null,
                List.of(), "test");
        return id;
    }

    private int log(String objectId, String result) {
        return jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_id = :id AND result = :r")
                .param("id", objectId).param("r", result).query(Integer.class).single();
    }

    @Test
    void theWorklistIsForTheTeamOnly() throws Exception {
        mvc.perform(get("/app/toezicht").with(TestActors.as(inspector))).andExpect(status().isOk());
        mvc.perform(get("/app/toezicht").with(TestActors.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/app/toezicht/belasting").with(TestActors.as(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/app/toezicht/belasting").with(TestActors.as(inspector))).andExpect(status().isForbidden());
        mvc.perform(get("/app/toezicht").with(TestActors.as(officerLeeuwarden))).andExpect(status().isForbidden());
        mvc.perform(get("/app/toezicht").with(TestActors.as(careWorker))).andExpect(status().isForbidden());
        mvc.perform(get("/app/toezicht/zaken").with(TestActors.as(officerLeeuwarden))).andExpect(status().isForbidden());
        mvc.perform(get("/app/toezicht")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRefusalWritesExactlyOneDeniedEntry() throws Exception {
        TestActor officer = TestActors.actor("GM0074", Role.LICENSING_OFFICER, "GM0074");
        mvc.perform(get("/app/toezicht").with(TestActors.as(officer))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE actor_id = :a AND result = 'DENIED'")
                .param("a", officer.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT purpose FROM audit.access_log WHERE actor_id = :a").param("a", officer.id())
                .query(String.class).single()).isEqualTo("supervision-worklist");
    }

    @Test
    void licensingOfficersSeeTheirOwnInspectionsAndNothingElse() throws Exception {
        mvc.perform(get("/app/toezicht/vergunde-bedrijven").with(TestActors.as(officerLeeuwarden))).andExpect(status().isOk());
        mvc.perform(get("/app/toezicht/meldingen").with(TestActors.as(officerLeeuwarden))).andExpect(status().isOk());
        mvc.perform(get("/app/toezicht/vergunde-bedrijven").with(TestActors.as(inspector))).andExpect(status().isForbidden());
        UUID caseId = caseIn("GM0080");
        UUID inspection = controlIn(caseId, "GM0080", ControlKind.LICENSED_BUSINESS_INSPECTION);
        UUID decoy = controlIn(caseId, "GM0080", ControlKind.DECOY_APPOINTMENT);
        mvc.perform(get("/app/toezicht/controles/{id}", inspection).with(TestActors.as(officerLeeuwarden)))
                .andExpect(status().isOk());
        mvc.perform(get("/app/toezicht/controles/{id}", inspection).with(TestActors.as(officerSmallingerland)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/toezicht/controles/{id}", decoy).with(TestActors.as(officerLeeuwarden)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/toezicht/zaken/{id}", caseId).with(TestActors.as(officerLeeuwarden)))
                .andExpect(status().isForbidden());
        assertThat(log(decoy.toString(), "DENIED")).isEqualTo(1);
        assertThat(log(inspection.toString(), "ALLOWED")).isEqualTo(1);
        assertThat(log(inspection.toString(), "DENIED")).isEqualTo(1);
    }

    @Test
    void theTeamSeesOnlyTheMandate() throws Exception {
        UUID leeuwarden = caseIn("GM0080");
        UUID smallingerland = caseIn("GM0090");
        UUID ameland = caseIn("GM0060"); // does not take part in the team
        mvc.perform(get("/app/toezicht/zaken/{id}", leeuwarden).with(TestActors.as(inspector))).andExpect(status().isOk());
        assertThat(log(leeuwarden.toString(), "ALLOWED")).isEqualTo(1);
        mvc.perform(get("/app/toezicht/zaken/{id}", ameland).with(TestActors.as(inspector))).andExpect(status().isNotFound());
        assertThat(log(ameland.toString(), "DENIED")).isEqualTo(1);
        mvc.perform(get("/app/toezicht/zaken/{id}", smallingerland).with(TestActors.as(inspectorLeeuwardenOnly)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/toezicht/zaken/{id}", UUID.randomUUID()).with(TestActors.as(inspector)))
                .andExpect(status().isNotFound());
        UUID control = controlIn(ameland, "GM0060", ControlKind.DECOY_APPOINTMENT);
        mvc.perform(get("/app/toezicht/controles/{id}", control).with(TestActors.as(inspector)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/toezicht/zaken/{id}", leeuwarden).with(TestActors.as(careWorker)))
                .andExpect(status().isForbidden());
    }

    @Test
    void changesNeedTheCsrfTokenAndBsnShapedInputIsRefused() throws Exception {
        UUID caseId = caseIn("GM0080");
        mvc.perform(post("/app/toezicht/zaken/{id}/personen", caseId).with(TestActors.as(inspector))
                .param("workingName", "Zonder token").param("ageBand", "UNKNOWN").param("language", "nl"))
                .andExpect(status().isForbidden());
        String target = mvc.perform(post("/app/toezicht/zaken/{id}/personen", caseId).with(TestActors.as(inspector))
                        .with(csrf()).param("workingName", "Lola 111222333").param("ageBand", "UNKNOWN").param("language", "nl"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).endsWith("/app/toezicht/zaken/" + caseId);
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_person WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
        mvc.perform(post("/app/toezicht/zaken/{id}/personen", caseId).with(TestActors.as(inspector)).with(csrf())
                        .param("workingName", "Lola").param("ageBand", "UNKNOWN").param("language", "nl"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM supervision.case_person WHERE case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
