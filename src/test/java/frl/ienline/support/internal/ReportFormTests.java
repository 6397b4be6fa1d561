package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A care worker's report on a member's behalf has the same fields as the member's own report. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportFormTests {

    @Autowired
    MockMvc mvc;

    @Test
    void careWorkersReportFormHasEveryReportField() throws Exception {
        var careWorker = TestActors.actor("FIER", Role.CARE_WORKER);
        var response = mvc.perform(get("/app/ondersteuning/meldingen/nieuw").with(TestActors.as(careWorker)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("action=\"/app/ondersteuning/meldingen/nieuw\"")
                .contains("name=\"categories\"", "id=\"occurredOn\"", "id=\"municipality\"", "id=\"description\"",
                        "id=\"phone\"", "id=\"email\"", "id=\"carPlate\"", "id=\"nickname\"", "id=\"descriptors\"",
                        "id=\"policeConsent\"", "id=\"wantsPoliceHelp\"");
    }
}
