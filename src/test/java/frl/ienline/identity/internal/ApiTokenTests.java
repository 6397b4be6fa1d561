package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.MutableClock;
import frl.ienline.TestActors;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Machine clients (ADR 0025): an administrator issues an import token, shown once; the import API takes it as a
 * bearer token, answers 201 with a Location that reports the import; every use is logged under the token's
 * organisation; a revoked or expired token is a 401; a token reaches nothing else; its value is stored nowhere.
 */
@SpringBootTest(properties = "ienline.demo.enabled=true") // the context of AdintelWebAndRetentionTests
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTests {

    static final Actor ADMIN = TestActors.actor("RIEC-NN", Role.FUNCTIONAL_ADMIN);
    static final Actor OFFICER = TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080");
    private static final Pattern TOKEN = Pattern.compile("ienl_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anIssuedTokenImportsAndItsImportCanBeReadUnderTheTokensOrganisation(CapturedOutput output) throws Exception {
        String token = issue("Verzamelprogramma " + UUID.randomUUID(), "RIEC-NN");
        UUID tokenId = tokenId(token);

        MockHttpServletResponse created = mvc.perform(post("/api/v1/advertenties/imports").header("Authorization",
                        "Bearer " + token).contentType("application/x-ndjson").content(line("tok-" + tokenId) + "\n"))
                .andExpect(status().isCreated())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.nieuweSnapshots").value(1))
                .andReturn().getResponse();
        String location = created.getHeader("Location");
        assertThat(location).matches("/api/v1/advertenties/imports/[0-9a-f-]{36}");
        assertThat(created.getCookie("JSESSIONID")).isNull();

        mvc.perform(get(location).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.bron").value("API"))
                .andExpect(jsonPath("$.regels").value(1))
                .andExpect(jsonPath("$.nieuweSnapshots").value(1))
                .andExpect(jsonPath("$.voltooid").isNotEmpty());
        // a signed-in importer reads it too; another token does not see it
        mvc.perform(get(location).with(TestActors.as(TestActors.actor("RIEC-NN", Role.RIEC_ANALYST, "GM0080"))))
                .andExpect(status().isOk());
        String other = issue("Ander programma " + UUID.randomUUID(), "POLITIE-NN");
        mvc.perform(get(location).header("Authorization", "Bearer " + other)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        List<Map<String, Object>> uses = jdbc.sql("""
                SELECT action, object_type, result, actor_organisation FROM audit.access_log WHERE actor_id = ?
                ORDER BY seq""").param(tokenId).query().listOfRows();
        assertThat(uses).extracting(r -> r.get("action") + " " + r.get("object_type") + " " + r.get("result"))
                .containsExactly("CREATE ad-import ALLOWED", "VIEW ad-import ALLOWED");
        assertThat(uses).allSatisfy(r -> assertThat(r.get("actor_organisation")).isEqualTo("RIEC-NN"));
        assertThat(jdbc.sql("SELECT imported_by FROM adintel.import WHERE id = ?")
                .param(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).query(String.class).single())
                .startsWith("api-token:Verzamelprogramma");

        assertThat(output.getAll()).doesNotContain(token).doesNotContain(token.substring(5, 30));
        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_token WHERE token_hash = ?").param(ApiTokens.hash(token))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM identity.api_token t WHERE position(? IN t::text) > 0""").param(token.substring(5))
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.access_log l WHERE position(? IN l::text) > 0""").param(token.substring(5))
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM adintel.import i WHERE position(? IN i::text) > 0""").param(token.substring(5))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRevokedExpiredOrUnknownTokenIsA401AndLogged() throws Exception {
        String token = issue("Platform " + UUID.randomUUID(), "RIEC-NN");
        UUID tokenId = tokenId(token);
        mvc.perform(post("/app/beheer/api-tokens/{id}/intrekken", tokenId).with(TestActors.as(ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/advertenties/imports").header("Authorization", "Bearer " + token)
                        .contentType("application/x-ndjson").content(line("rev-" + tokenId) + "\n"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("The API token was revoked"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE actor_id = ? AND result = 'DENIED'"
                + " AND purpose = 'api-token-revoked' AND actor_organisation = 'RIEC-NN'").param(tokenId)
                .query(Integer.class).single()).isEqualTo(1);

        String expiring = issue("Kortlopend " + UUID.randomUUID(), "RIEC-NN");
        clock.shift(Duration.ofDays(3));
        mvc.perform(post("/api/v1/advertenties/imports").header("Authorization", "Bearer " + expiring)
                        .contentType("application/x-ndjson").content(line("exp-" + tokenId) + "\n"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("The API token was expired"));
        clock.reset();

        mvc.perform(post("/api/v1/advertenties/imports").header("Authorization", "Bearer ienl_" + "A".repeat(43))
                        .contentType("application/x-ndjson").content(line("unk-" + tokenId) + "\n"))
                .andExpect(status().isUnauthorized());
        // an unknown token is not rescued by a session: no import by whoever is signed in
        mvc.perform(post("/api/v1/advertenties/imports").header("Authorization", "Bearer nonsense")
                        .with(TestActors.as(TestActors.actor("RIEC-NN", Role.RIEC_ANALYST, "GM0080"))).with(csrf())
                        .contentType("application/x-ndjson").content(line("ses-" + tokenId) + "\n"))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.ad WHERE source_ad_id IN (?, ?, ?, ?)")
                .params("rev-" + tokenId, "exp-" + tokenId, "unk-" + tokenId, "ses-" + tokenId).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aTokenReachesNothingButTheImportApi() throws Exception {
        String token = issue("Alleen import " + UUID.randomUUID(), "RIEC-NN");
        for (String path : List.of("/app", "/app/advertenties", "/app/beheer/api-tokens", "/app/beheer/gebruikers",
                "/app/toegangslog", "/app/advertenties/import")) {
            int status = mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as(path).isIn(302, 401, 403);
        }
        int upload = mvc.perform(post("/app/advertenties/import").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();
        assertThat(upload).isIn(302, 401, 403);
        int list = mvc.perform(get("/api/v1/advertenties/imports").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();
        assertThat(list).isIn(401, 403, 404, 405);
        mvc.perform(post("/app/beheer/api-tokens").header("Authorization", "Bearer " + token)
                .param("organisatie", "RIEC-NN").param("naam", "x").param("scope", "import")
                .param("geldigTot", LocalDate.now(clock).plusDays(5).toString()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
    }

    @Test
    void onlyAnAdministratorIssuesAndTheChoicesHaveNoDefaults() throws Exception {
        mvc.perform(get("/app/beheer/api-tokens").with(TestActors.as(OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/app/beheer/api-tokens").with(TestActors.as(ADMIN)).with(csrf())
                        .param("organisatie", "RIEC-NN").param("naam", "Zonder einddatum").param("scope", "import"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/app/beheer/api-tokens").with(TestActors.as(ADMIN)).with(csrf())
                        .param("organisatie", "RIEC-NN").param("naam", "Te lang geldig").param("scope", "import")
                        .param("geldigTot", LocalDate.now(clock).plusYears(2).toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/app/beheer/api-tokens").with(TestActors.as(ADMIN)).with(csrf())
                        .param("organisatie", "RIEC-NN").param("naam", "Zonder bereik")
                        .param("geldigTot", LocalDate.now(clock).plusDays(5).toString()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_token WHERE name LIKE 'Zonder%' OR name LIKE 'Te lang%'")
                .query(Integer.class).single()).isZero();
        String page = mvc.perform(get("/app/beheer/api-tokens").with(TestActors.as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(TOKEN.matcher(page).find()).as("a token is shown only once").isFalse();
    }

    /** Issues a token on the admin page, valid until the day after tomorrow, and reads it from the answer. */
    private String issue(String name, String organisation) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/app/beheer/api-tokens").with(TestActors.as(ADMIN))
                        .with(csrf()).param("organisatie", organisation).param("naam", name).param("scope", "import")
                        .param("geldigTot", LocalDate.now(clock).plusDays(2).toString()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        Matcher matcher = TOKEN.matcher(answer.getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }

    private UUID tokenId(String token) {
        return jdbc.sql("SELECT id FROM identity.api_token WHERE token_hash = ?").param(ApiTokens.hash(token))
                .query(UUID.class).single();
    }

    private static String line(String id) {
        return "{\"source\":\"kinky.nl\",\"sourceAdId\":\"" + id + "\",\"capturedAt\":\"2026-11-20T10:15:00Z\","
                + "\"title\":\"Nieuw in Leeuwarden\",\"body\":\"Via een token\",\"location\":\"Leeuwarden\","
                + "\"phones\":[\"0612345777\"],\"images\":[]}";
    }
}
