package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    JdbcClient jdbc;

    /** D20: an import without a single snapshot is a 400 and leaves no import record behind. */
    @Test
    void anEmptyAdImportIsRefusedAndNotRecorded() throws Exception {
        var analyst = TestActors.actor("RIEC", Role.RIEC_ANALYST, "GM0080");
        long before = jdbc.sql("SELECT count(*) FROM adintel.import").query(Long.class).single();
        for (String body : List.of("", "\n\n  \n")) {
            mvc.perform(post("/api/v1/advertenties/imports").content(body).contentType("application/x-ndjson")
                            .with(csrf()).with(TestActors.as(analyst)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().string(Matchers.containsString("no snapshot")));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.import").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void actuatorHealthIsPublicButNothingElseOfIt() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isIn(302, 401, 403, 404);
    }
}
