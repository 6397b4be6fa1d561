package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * D9 and D10 as the review sent them: a NUL byte in every place that answered 500 (anonymous application
 * steps and upload, the portal objection, the signal addition, staff search filters whose term goes into the
 * access or care log), indexed binder input out of range and an over-long name. Each answers 400 naming the
 * field — an error summary on a page, problem+json on the API — and never 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InputHygieneTests {

    static final String NUL = "x\u0000y";

    @Autowired
    MockMvc mvc;

    @Test
    void controlCharactersAnywhereAnswer400NamingTheField() throws Exception {
        MockHttpSession draft = draft();
        Map<String, RequestBuilder> requests = new LinkedHashMap<>();
        requests.put("name", post("/aanvragen/stap/bedrijf").session(draft).with(csrf()).param("kind", "PB")
                .param("municipality", "GM0080").param("name", NUL).param("street", "Webstraat").param("houseNumber", "3")
                .param("postcode", "8911 AB").param("town", "Leeuwarden").param("workrooms", "2")
                .param("adPhone", "0612345600").param("expectedSexWorkers", "2"));
        requests.put("town", post("/aanvragen/stap/bedrijf").session(draft).with(csrf()).param("kind", "PB")
                .param("municipality", "GM0080").param("name", "Club").param("street", "Webstraat")
                .param("houseNumber", "3").param("postcode", "8911 AB").param("town", NUL).param("workrooms", "2")
                .param("adPhone", "0612345600").param("expectedSexWorkers", "2"));
        requests.put("operatorName", post("/aanvragen/stap/exploitant").session(draft).with(csrf())
                .param("operatorType", "PERSON").param("operatorName", NUL).param("operatorBirthDate", "1980-01-01"));
        requests.put("managerName[0]", post("/aanvragen/stap/beheerders").session(draft).with(csrf())
                .param("managerName[0]", NUL).param("managerBirthDate[0]", "1980-01-01"));
        requests.put("document", multipart("/aanvragen/documenten").file(new MockMultipartFile("document", "a\u0000.pdf",
                "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).param("kind", "OTHER")
                .session(draft).with(csrf()));
        requests.put("message", post("/portaal/bezwaar").with(csrf()).param("message", NUL));
        requests.put("text", post("/melden/aanvullen").with(csrf()).param("reference", "SIG-ABCDEFGH")
                .param("secret", "AAAAA-AAAAA-AAAAA-AAAAA").param("text", NUL));
        requests.put("bron", get("/app/advertenties").param("bron", NUL)
                .with(TestActors.as(TestActors.actor("RIEC", Role.RIEC_ANALYST, "GM0080"))));
        requests.put("q", get("/app/beheer/gebruikers").param("q", NUL)
                .with(TestActors.as(TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN))));
        requests.put("pseudonym", get("/app/ondersteuning/contacten").param("pseudonym", NUL)
                .with(TestActors.as(TestActors.actor("FIER", Role.CARE_WORKER, "GM0080"))));
        requests.put("actor", get("/app/toegangslog").param("actor", NUL)
                .with(TestActors.as(TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080"))));
        requests.put("subject", get("/app/toegangslog/inzage").param("subject", NUL)
                .with(TestActors.as(TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080"))));
        requests.put("toegewezen", get("/app/toezicht").param("toegewezen", NUL)
                .with(TestActors.as(TestActors.actor("GM0080", Role.INSPECTOR, "GM0080"))));
        requests.put("gemeente", get("/api/v1/vergunningen").param("gemeente", "GM\u00010080"));

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, RequestBuilder> request : requests.entrySet()) {
            MockHttpServletResponse response = mvc.perform(request.getValue()).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (response.getStatus() != 400 || !body.contains(request.getKey())) {
                problems.add(request.getKey() + " -> " + response.getStatus());
            }
        }
        assertThat(problems).isEmpty();
        String page = mvc.perform(post("/portaal/bezwaar").with(csrf()).param("message", NUL)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("stuurteken");
        String api = mvc.perform(get("/api/v1/vergunningen").param("gemeente", "GM\u00010080")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"where\":\"gemeente\"").contains("control character");
    }

    @Test
    void indexedFieldsOutOfRangeAndOverLongNamesAnswer400WithAFormError() throws Exception {
        MockHttpSession draft = draft();
        List<String> problems = new ArrayList<>();
        for (String field : List.of("managerName[99999]", "managerName[-1]", "managerBirthDate[300]")) {
            MockHttpServletResponse response = mvc.perform(post("/aanvragen/stap/beheerders").session(draft).with(csrf())
                    .param(field, "x")).andReturn().getResponse();
            if (response.getStatus() != 400 || !response.getContentAsString(StandardCharsets.UTF_8).contains(field)) {
                problems.add(field + " -> " + response.getStatus());
            }
        }
        assertThat(problems).isEmpty();

        MockHttpServletResponse longName = mvc.perform(post("/aanvragen/stap/beheerders").session(draft).with(csrf())
                .param("managerName[0]", "N".repeat(201)).param("managerBirthDate[0]", "1980-01-01"))
                .andReturn().getResponse();
        assertThat(longName.getStatus()).isEqualTo(400);
        assertThat(longName.getContentAsString(StandardCharsets.UTF_8)).contains("href=\"#managerName0\"");

        MockHttpServletResponse tooLong = mvc.perform(post("/portaal/bezwaar").with(csrf()).param("message",
                "m".repeat(100_001))).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
    }

    private MockHttpSession draft() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/aanvragen/nieuw").session(session).with(csrf())).andReturn();
        return session;
    }
}
