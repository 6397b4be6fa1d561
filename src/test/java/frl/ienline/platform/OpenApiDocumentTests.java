package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API by the Dutch API Design Rules 2.1, in what the Spectral ruleset cannot see and in what it
 * can: the live document (written to {@code target/openapi.json}, which {@code .ci/run} lints with Logius'
 * ruleset in {@code lint/}), the API-Version header on real answers, and CORS on the public read paths only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTests {

    static final String ORIGIN = "https://elders.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void theDocumentFollowsTheDesignRulesAndIsWrittenForTheLinter() throws Exception {
        // over https, as production serves it (springdoc keeps the server URL of the first request it answered)
        String body = mvc.perform(get("/api/v1/openapi.json").secure(true)).andReturn().getResponse()
                .getContentAsString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), body);
        JsonNode doc = json.readTree(body);

        assertThat(doc.path("openapi").asString()).startsWith("3.0.");
        assertThat(doc.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(List.of("name", "email", "url")).allSatisfy(
                field -> assertThat(doc.path("info").path("contact").path(field).asString()).isNotBlank());
        assertThat(doc.path("servers").get(0).path("url").asString()).matches("https?://[^/]+/api/v1");
        assertThat(doc.path("paths").path("/openapi.json").path("get").isObject()).isTrue();
        assertThat(doc.path("paths").path("/gemeenten").path("get").isObject()).isTrue();

        List<String> problems = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/") || path.getKey().endsWith("/")) {
                problems.add(path.getKey() + ": not relative to the versioned server URL");
            }
            path.getValue().properties().forEach(op -> checkOperation(path.getKey() + " " + op.getKey(), op.getValue(),
                    problems));
        });
        assertThat(problems).isEmpty();

        List<String> operationIds = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> operationIds.add(op.getValue().path("operationId").asString())));
        // one style, in Dutch: a noun for what a GET reads, a verb for what a POST does
        assertThat(operationIds).containsExactlyInAnyOrder("vergunningen", "vergunning", "controleerAdvertentienummer",
                "statistieken", "regelset", "gemeenten", "openapi", "importeerAdvertenties", "advertentieImport");
        JsonNode imports = doc.path("paths").path("/advertenties/imports").path("post");
        assertThat(imports.path("tags").get(0).asString()).isEqualTo("Advertentie-imports");
        assertThat(imports.path("responses").propertyNames()).contains("201", "400", "401", "403", "413", "429");
        assertThat(imports.path("security").get(0).has("apiToken")).isTrue();
        assertThat(doc.path("paths").path("/advertenties/imports/{id}").path("get").path("responses").has("200")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").path("apiToken").path("scheme").asString())
                .isEqualTo("bearer");
    }

    private static void checkOperation(String label, JsonNode operation, List<String> problems) {
        JsonNode responses = operation.path("responses");
        if (!responses.has("400")) {
            problems.add(label + ": documents no 400");
        }
        if (!responses.path("429").path("headers").has("Retry-After")) {
            problems.add(label + ": documents no 429 with Retry-After");
        }
        responses.properties().forEach(r -> {
            String code = r.getKey();
            JsonNode response = r.getValue();
            if (!response.path("headers").has("API-Version")) {
                problems.add(label + " " + code + ": no API-Version header");
            }
            if ((code.startsWith("4") || code.startsWith("5")) && !response.path("content").has("application/problem+json")) {
                problems.add(label + " " + code + ": error not as application/problem+json");
            }
            if (response.path("content").has("*/*")) {
                problems.add(label + " " + code + ": content type */*");
            }
        });
    }

    @Test
    void everyAnswerUnderTheApiNamesTheFullVersion() throws Exception {
        String version = json.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse()
                .getContentAsString()).path("info").path("version").asString();
        assertThat(mvc.perform(get("/api/v1/gemeenten")).andReturn().getResponse().getHeader("API-Version"))
                .isEqualTo(version);
        MockHttpServletResponse bad = mvc.perform(get("/api/v1/vergunningen/geen-nummer")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getHeader("API-Version")).isEqualTo(version);
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/advertenties/imports")).andReturn().getResponse();
        assertThat(refused.getStatus()).isIn(401, 403);
        assertThat(refused.getHeader("API-Version")).isEqualTo(version);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("API-Version")).isNull();
    }

    @Test
    void publicReadPathsAllowAnyOriginToReadWithoutCredentials() throws Exception {
        for (String path : List.of("/api/v1/gemeenten", "/api/v1/regelset", "/api/v1/openapi.json",
                "/api/v1/vergunningen", "/api/v1/vergunningen/FRL-0080-PB-0012", "/api/v1/statistieken?periode=2025")) {
            MockHttpServletResponse read = mvc.perform(get(path).header("Origin", ORIGIN)).andReturn().getResponse();
            assertThat(read.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(read.getHeader("Access-Control-Allow-Credentials")).as(path).isNull();
            assertThat(read.getHeader("Access-Control-Expose-Headers")).as(path).contains("API-Version");
            MockHttpServletResponse preflight = mvc.perform(options(path).header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "GET")).andReturn().getResponse();
            assertThat(preflight.getStatus()).as(path).isEqualTo(200);
            assertThat(preflight.getHeader("Access-Control-Allow-Methods")).as(path).doesNotContain("POST");
        }
    }

    @Test
    void everyClientHasABudgetOnTheWholeApi() throws Exception {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        org.springframework.mock.web.MockHttpServletRequest probe = new org.springframework.mock.web.MockHttpServletRequest();
        probe.setRemoteAddr(address);
        String key = clientKeys.of(probe);
        throttles.rateLimit("api-client", 1, java.time.Duration.ofMinutes(1)).add(key);
        jdbc.sql("UPDATE public.throttle_counter SET hits = 1000000 WHERE name = 'api-client' AND key = ?").param(key)
                .update();
        for (String path : List.of("/api/v1/gemeenten", "/api/v1/regelset", "/api/v1/openapi.json")) {
            MockHttpServletResponse refused = mvc.perform(get(path).with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andReturn().getResponse();
            assertThat(refused.getStatus()).as(path).isEqualTo(429);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
            assertThat(refused.getHeader("API-Version")).isNotBlank();
        }
        assertThat(mvc.perform(get("/api/v1/gemeenten")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Autowired
    frl.ienline.platform.ThrottleStore throttles;

    @Autowired
    frl.ienline.platform.ClientKeys clientKeys;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void noOtherOriginMayWriteOrReachStaffEndpoints() throws Exception {
        MockHttpServletResponse postPreflight = mvc.perform(options("/api/v1/vergunningen/FRL-0080-PB-0012/advertentienummer")
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")).andReturn().getResponse();
        assertThat(postPreflight.getHeader("Access-Control-Allow-Origin")).isNull();
        MockHttpServletResponse staff = mvc.perform(options("/api/v1/advertenties/imports").header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")).andReturn().getResponse();
        assertThat(staff.getHeader("Access-Control-Allow-Origin")).isNull();
        MockHttpServletResponse page = mvc.perform(get("/vergunningen").header("Origin", ORIGIN)).andReturn()
                .getResponse();
        assertThat(page.getHeader("Access-Control-Allow-Origin")).isNull();
    }
}
