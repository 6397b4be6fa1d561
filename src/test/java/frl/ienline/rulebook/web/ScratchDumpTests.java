package frl.ienline.rulebook.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ScratchDumpTests {
    @Autowired
    MockMvc mvc;

    @Test
    void dump() throws Exception {
        String html = mvc.perform(get("/app/regelset").with(TestActors.as(TestActors.actor("GGD", Role.CARE_WORKER))))
                .andReturn().getResponse().getContentAsString();
        Files.writeString(Path.of("target/regelset.html"), html.replace("/css/ienline.css", "ienline.css"));
        String json = mvc.perform(get("/api/v1/regelset")).andReturn().getResponse().getContentAsString();
        Files.writeString(Path.of("target/regelset.json"), json);
        String g = mvc.perform(get("/api/v1/gemeenten")).andReturn().getResponse().getContentAsString();
        Files.writeString(Path.of("target/gemeenten.json"), g);
    }
}
