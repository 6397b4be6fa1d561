package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ApiErrorsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiDocumentIsPublicAndOpenApi30() throws Exception {
        String body = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains("\"openapi\":\"3.0").contains("ienline API").contains("EUPL-1.2");
    }

    @Test
    void actuatorHealthIsPublicButNothingElseOfIt() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isIn(302, 401, 403, 404);
    }
}
