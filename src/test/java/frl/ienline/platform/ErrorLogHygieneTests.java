package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * L10 and R14: an unexpected error is logged under a correlation id with its exception classes, never with
 * its message (a database error's {@code DETAIL: Key (working_name)=(…)} carries the value), and the page
 * shows the id; the same holds for an exception a filter throws. A canary typed into several forms — staff
 * login, portal sign-up and objection, the public signal addition, an application step, staff searches —
 * appears nowhere in the captured log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE) // a failing test must not print the canary itself
@Import(ErrorLogHygieneTests.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorLogHygieneTests {

    static final String CANARY = "Kanarie-Mx7Qw2";
    static final Pattern ERROR_ID = Pattern.compile("Foutnummer: ([0-9A-Z]{10})");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    /** A handler and a filter that fail the way a database does: the value in the message and in the cause. */
    @TestConfiguration
    static class Failing {

        /** A local class, so that no other test context's component scan picks it up. */
        @Bean
        Object failingController() {
            @RestController
            class FailingController {
                @GetMapping("/app/test/kapot")
                String fail(@RequestParam String value) {
                    throw new DataIntegrityViolationException("duplicate key; DETAIL: Key (working_name)=(" + value + ")",
                            new SQLException("ERROR: duplicate key; Detail: Key (working_name)=(" + value + ")", "23505"));
                }
            }
            return new FailingController();
        }

        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                throw new IllegalStateException("filter failed on " + request.getParameter("value"));
            });
            registration.addUrlPatterns("/melden/test-kapot"); // a public path: the filter chain lets it through
            return registration;
        }
    }

    @Test
    void anUnexpectedErrorIsLoggedByIdAndClassWithoutItsMessage(CapturedOutput output) throws Exception {
        var actor = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
        String page = mvc.perform(get("/app/test/kapot").param("value", CANARY).with(TestActors.as(actor)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher id = ERROR_ID.matcher(page);
        assertThat(id.find()).as(page).isTrue();
        assertThat(page).doesNotContain(CANARY).doesNotContain("DETAIL");
        assertThat(output.getAll()).contains("Unexpected error " + id.group(1))
                .contains("org.springframework.dao.DataIntegrityViolationException")
                .contains("java.sql.SQLException (SQL state 23505)").contains("/app/test/kapot")
                .doesNotContain(CANARY).doesNotContain("DETAIL");

        HttpResponse<String> filtered = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/melden/test-kapot?value=" + CANARY)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(filtered.statusCode()).isEqualTo(500);
        assertThat(filtered.headers().firstValue("Content-Security-Policy")).isPresent();
        Matcher filterId = ERROR_ID.matcher(filtered.body());
        assertThat(filterId.find()).as(filtered.body()).isTrue();
        assertThat(output.getAll()).contains("Unexpected error " + filterId.group(1))
                .contains("java.lang.IllegalStateException").doesNotContain(CANARY);
    }

    @Test
    void aCanaryInEveryKindOfFormNeverReachesTheLog(CapturedOutput output) throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", CANARY).param("password", CANARY + "-pw"));
        mvc.perform(post("/portaal/aanmelden").with(csrf()).param("workingName", CANARY).param("password", "kort"));
        mvc.perform(post("/portaal/bezwaar").with(csrf()).param("alertReference", CANARY).param("message", CANARY)
                .param("contact", CANARY));
        mvc.perform(post("/melden/aanvullen").with(csrf()).param("reference", CANARY).param("secret", CANARY)
                .param("text", CANARY));
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/aanvragen/nieuw").session(session).with(csrf()));
        mvc.perform(post("/aanvragen/stap/bedrijf").session(session).with(csrf()).param("kind", "PB")
                .param("municipality", "GM0080").param("name", CANARY).param("street", CANARY).param("town", CANARY)
                .param("postcode", CANARY).param("houseNumber", CANARY).param("adPhone", CANARY));
        mvc.perform(post("/aanvragen/inloggen").with(csrf()).param("reference", CANARY).param("code", CANARY));
        for (var search : List.of(get("/app/toegangslog").param("actor", CANARY)
                        .with(TestActors.as(TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080"))),
                get("/app/ondersteuning/contacten").param("pseudonym", CANARY)
                        .with(TestActors.as(TestActors.actor("FIER", Role.CARE_WORKER, "GM0080"))),
                get("/app/beheer/gebruikers").param("q", CANARY)
                        .with(TestActors.as(TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN))),
                get("/app/register/aanvragen").param("gemeente", CANARY)
                        .with(TestActors.as(TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080"))))) {
            mvc.perform(search);
        }
        assertThat(output.getAll()).isNotBlank().doesNotContain(CANARY);
    }
}
