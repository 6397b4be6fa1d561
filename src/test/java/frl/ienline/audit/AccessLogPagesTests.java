package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.audit.internal.AccessLogAppender;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The auditor pages through the whole stack: only the privacy officer gets in, every use of the log is
 * itself logged, "who saw this record" is chronological and paginated, the export is neutralised and
 * logged, and the verification shows intact and broken chains (R13, R17, R18).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessLogPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessLogAppender appender;
    @Autowired
    EmbeddedPostgresServer server;

    final TestActor officer = TestActors.actor("GM0080", Role.PRIVACY_OFFICER);
    final TestActor inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");

    @BeforeEach
    @AfterEach
    void emptyLog() {
        Superuser.emptyTheLog(server);
    }

    @Test
    void thePrivacyOfficerSeesTheLogAndThatViewIsLogged() throws Exception {
        String html = mvc.perform(get("/app/toegangslog").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Toegangslog</h1>").doesNotContain("??")
                .contains("<li><a href=\"/app/toegangslog\">Toegangslog</a></li>") // the menu entry
                // the verify button posts with a CSRF token, enhanced by htmx when scripts run
                .containsPattern("<form action=\"/app/toegangslog/verificatie\" method=\"post\""
                        + " hx-post=\"/app/toegangslog/verificatie\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"");
        assertThat(entriesOf(officer, "VIEW", "ALLOWED")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log").query(Long.class).single()).isEqualTo(1);
        // the page lists that very entry
        assertThat(html).contains(officer.username()).contains("access-log");
    }

    @Test
    void anInspectorIsRefusedAndTheRefusalIsLogged() throws Exception {
        for (String path : new String[] {"/app/toegangslog", "/app/toegangslog/inzage?objectType=control&objectId=1",
                "/app/toegangslog/inzage.csv?objectType=control&objectId=1"}) {
            mvc.perform(get(path).with(TestActors.as(inspector))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/app/toegangslog/verificatie").with(csrf()).with(TestActors.as(inspector)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT action FROM audit.access_log WHERE actor_id = :id AND result = 'DENIED'"
                + " AND object_type = 'access-log' ORDER BY seq").param("id", inspector.id()).query(String.class).list())
                .containsExactly("VIEW", "SEARCH", "EXPORT", "VIEW");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE result = 'ALLOWED'").query(Long.class).single())
                .isZero();
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/app/toegangslog")).andExpect(status().is3xxRedirection());
    }

    @Test
    void whoSawThisRecordListsEveryAccessChronologicallyAndIsItselfLogged() throws Exception {
        String record = UUID.randomUUID().toString();
        // written out of time order: the view must sort by when the access happened
        append("third-viewer", record, "2025-03-03T10:00:00Z", Result.ALLOWED);
        append("first-viewer", record, "2025-03-01T10:00:00Z", Result.ALLOWED);
        append("second-viewer", record, "2025-03-02T10:00:00Z", Result.DENIED);
        append("someone-else", "another-record", "2025-03-02T11:00:00Z", Result.ALLOWED);

        String html = mvc.perform(get("/app/toegangslog/inzage").param("objectType", "licence-application")
                        .param("objectId", record).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        int first = html.indexOf("first-viewer");
        int second = html.indexOf("second-viewer");
        int third = html.indexOf("third-viewer");
        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(html).doesNotContain("someone-else").contains("01-03-2025 11:00:00") // Europe/Amsterdam
                .contains("Geweigerd").contains("Toezichthouder").contains("GM0080").contains("licence-assessment");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE actor_id = :id AND action = 'SEARCH'"
                + " AND object_type = 'access-log' AND object_id = :searched").param("id", officer.id())
                .param("searched", "licence-application/" + record).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whoSawAPersonFindsAccessesByPseudonymAndPaginates() throws Exception {
        Instant start = Instant.parse("2025-04-01T08:00:00Z");
        for (int i = 0; i < 55; i++) {
            appender.append(new AccessEvent(UUID.randomUUID(), "viewer-" + i, "INSPECTOR", "GM0080", Action.VIEW, "control",
                    "k-" + i, "PS-77", "supervision", Result.ALLOWED, start.plusSeconds(60L * i)));
        }
        String page1 = mvc.perform(get("/app/toegangslog/inzage").param("subject", "PS-77").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows(page1)).isEqualTo(50);
        assertThat(page1).contains("viewer-0<").contains("viewer-49<").doesNotContain("viewer-50<")
                .contains("href=\"/app/toegangslog/inzage?subject=PS-77&amp;page=2\"");

        String page2 = mvc.perform(get("/app/toegangslog/inzage").param("subject", "PS-77").param("page", "2")
                        .with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the last 5 viewers, then the officer's own two searches: auditing a person is an access about them too
        assertThat(rows(page2)).isEqualTo(7);
        assertThat(page2).contains("viewer-50<").contains("viewer-54<").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(page2.indexOf(officer.username())).isGreaterThan(page2.indexOf("viewer-54<"));
    }

    @Test
    void anIncompleteSearchShowsAnErrorSummaryAndSearchesNothing() throws Exception {
        String html = mvc.perform(get("/app/toegangslog/inzage").param("objectId", "42").param("objectType", "")
                        .param("subject", "").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("class=\"error-summary\"").contains("href=\"#objectType\"")
                .contains("Vul ook de soort gegeven in.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log").query(Long.class).single()).isZero();
    }

    @Test
    void theExportIsNeutralisedAndLoggedAsAnExport() throws Exception {
        String record = "r-" + UUID.randomUUID();
        appender.append(new AccessEvent(UUID.randomUUID(), "=HYPERLINK(\"http://evil\")", "INSPECTOR", "GM0080", Action.VIEW,
                "control", record, "@PS-1", "supervision", Result.ALLOWED, Instant.parse("2025-05-01T08:00:00Z")));

        String csv = mvc.perform(get("/app/toegangslog/inzage.csv").param("objectType", "control")
                        .param("objectId", record).param("subject", "").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"toegangslog-inzage.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFseq,occurred_at,").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .contains(",'@PS-1,").doesNotContain(",=").doesNotContain(",@");
        assertThat(entriesOf(officer, "EXPORT", "ALLOWED")).isEqualTo(1);
    }

    @Test
    void recentEntriesCanBeFilteredAndBadFiltersAreExplained() throws Exception {
        append("allowed-viewer", "x-1", "2025-06-01T10:00:00Z", Result.ALLOWED);
        append("denied-viewer", "x-2", "2025-06-02T10:00:00Z", Result.DENIED);
        String html = mvc.perform(get("/app/toegangslog").param("result", "DENIED").param("from", "2025-06-01")
                        .param("to", "2025-06-30").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("denied-viewer").doesNotContain("allowed-viewer");
        assertThat(entriesOf(officer, "SEARCH", "ALLOWED")).isEqualTo(1);

        String bad = mvc.perform(get("/app/toegangslog").param("from", "gisteren").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("href=\"#from\"").contains("Vul een datum in als jjjj-mm-dd.");
    }

    @Test
    void theVerificationShowsAnIntactChainAndThenEveryBrokenEntry() throws Exception {
        append("a", "v-1", "2025-06-01T10:00:00Z", Result.ALLOWED);
        append("b", "v-2", "2025-06-01T10:01:00Z", Result.ALLOWED);
        String ok = mvc.perform(post("/app/toegangslog/verificatie").with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ok).contains("data-verification=\"OK\"").contains("De keten is intact.")
                .contains("Gecontroleerde regels: 3"); // two plus the verification's own entry
        assertThat(entriesOf(officer, "VIEW", "ALLOWED")).isEqualTo(1);

        Superuser.execute(server, "UPDATE audit.access_log SET object_id = 'v-9' WHERE seq = 2");
        String broken = mvc.perform(post("/app/toegangslog/verificatie").with(csrf()).with(TestActors.as(officer))
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(broken).contains("data-verification=\"BROKEN\"").contains("data-seq=\"2\"")
                .contains("The chain is broken in 1 place(s)").contains("Entry 2")
                .contains("does not match its fingerprint");
    }

    @Test
    void theVerificationIsAPostWithACsrfToken() throws Exception {
        mvc.perform(post("/app/toegangslog/verificatie").with(TestActors.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/app/toegangslog/verificatie").with(TestActors.as(officer)))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        String html = mvc.perform(get("/app/toegangslog/inzage").param("lang", "en").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Who saw this record</h1>").doesNotContain("??");
    }

    private void append(String actorName, String objectId, String at, Result result) {
        appender.append(new AccessEvent(UUID.randomUUID(), actorName, "INSPECTOR", "GM0080", Action.VIEW,
                "licence-application", objectId, null, "licence-assessment", result, Instant.parse(at)));
    }

    private long entriesOf(TestActor actor, String action, String result) {
        return jdbc.sql("SELECT count(*) FROM audit.access_log WHERE actor_id = :id AND object_type = 'access-log'"
                        + " AND action = :action AND result = :result AND purpose = 'access-log-audit'")
                .param("id", actor.id()).param("action", action).param("result", result).query(Long.class).single();
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("<tr data-seq=").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
