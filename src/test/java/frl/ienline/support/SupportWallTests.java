package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The wall, in the web layer and in the database: every support staff endpoint (read from the handler
 * mappings, so a new one is covered the day it is added) refuses every enforcement and signals role, the
 * privacy officer and the functional admin; members never reach staff pages and staff never reach member
 * pages; the application role cannot read a single support table and the care role nothing outside it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupportWallTests {

    static final String ID = "00000000-0000-4000-8000-000000000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient applicationJdbc;

    @Autowired
    @Qualifier(frl.ienline.platform.CareCompartmentDatabase.DATA_SOURCE)
    DataSource care;

    @Autowired
    frl.ienline.platform.EmbeddedPostgresServer server;

    /** Every support staff endpoint with its methods, e.g. {@code POST /app/ondersteuning/leden/{id}/verifieren}. */
    private Map<String, List<RequestMethod>> staffEndpoints() {
        Map<String, List<RequestMethod>> endpoints = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("frl.ienline.support")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/app/")) {
                    endpoints.computeIfAbsent(pattern.replaceAll("\\{[^}]+}", ID), k -> new ArrayList<>())
                            .addAll(info.getMethodsCondition().getMethods());
                }
            }
        });
        return endpoints;
    }

    @Test
    void everyStaffEndpointIsUnderTheWalledPath() {
        Map<String, List<RequestMethod>> endpoints = staffEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        assertThat(endpoints.keySet()).allMatch(p -> p.startsWith("/app/ondersteuning"));
    }

    @Test
    void everyNonCareRoleIsRefusedOnEverySupportStaffEndpoint() throws Exception {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Role role : Role.values()) {
            if (role == Role.CARE_WORKER || role == Role.SOUNDING_BOARD_COORDINATOR) {
                continue;
            }
            var actor = TestActors.actor("GM0080", role, "GM0080", "GM0074");
            for (var endpoint : staffEndpoints().entrySet()) {
                for (RequestMethod method : endpoint.getValue()) {
                    MockHttpServletRequestBuilder request = method == RequestMethod.POST
                            ? post(endpoint.getKey()).with(csrf()).param("summary", "x").param("reason", "x")
                            : get(endpoint.getKey());
                    int status = mvc.perform(request.with(TestActors.as(actor))).andReturn().getResponse().getStatus();
                    checked++;
                    if (status != 403) {
                        leaks.add(role + " " + method + " " + endpoint.getKey() + " -> " + status);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(8 * 30);
        assertThat(leaks).isEmpty();
    }

    /**
     * The other direction (D12, D13): no care role gets anything but 403 from a staff endpoint of licensing,
     * supervision, ad intelligence or signals — not an empty create form, and for a POST with unusable input
     * not the list of what is wrong with it.
     */
    @Test
    void everyCareRoleIsRefusedOnEveryEnforcementStaffEndpoint() throws Exception {
        Map<String, List<RequestMethod>> endpoints = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            String module = method.getBeanType().getPackageName().replace("frl.ienline.", "").split("\\.")[0];
            if (!List.of("register", "supervision", "adintel", "signals").contains(module)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/app/")) {
                    List<RequestMethod> methods = new ArrayList<>(info.getMethodsCondition().getMethods());
                    String path = pattern.replaceAll("\\{(\\w+):([^|}]+)[^}]*}", "$2") // {step:a|b} -> a
                            .replace("{index}", "0").replaceAll("\\{[^}]+}", ID);
                    endpoints.computeIfAbsent(path, k -> new ArrayList<>())
                            .addAll(methods.isEmpty() ? List.of(RequestMethod.GET) : methods);
                }
            }
        });
        assertThat(endpoints).hasSizeGreaterThan(40);
        List<String> leaks = new ArrayList<>();
        for (Role role : List.of(Role.CARE_WORKER, Role.SOUNDING_BOARD_COORDINATOR)) {
            var actor = TestActors.actor("FIER", role, "GM0080", "GM0074");
            for (var endpoint : endpoints.entrySet()) {
                for (RequestMethod method : endpoint.getValue()) {
                    org.springframework.test.web.servlet.RequestBuilder request = method == RequestMethod.POST
                            ? multipart(endpoint.getKey()).with(csrf()).param("municipality", "GM9999").param("kind", "X")
                                    .param("reason", "").param("outcome", "X").param("until", "gisteren")
                                    .param("duplicate", ID).param("action", "X")
                                    .with(TestActors.as(actor))
                            : get(endpoint.getKey()).with(TestActors.as(actor));
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    if (status != 403) {
                        leaks.add(role + " " + method + " " + endpoint.getKey() + " -> " + status);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aCareWorkerReachesTheStaffPages() throws Exception {
        var careWorker = TestActors.actor("FIER", Role.CARE_WORKER);
        for (String page : List.of("/app/ondersteuning", "/app/ondersteuning/leden", "/app/ondersteuning/meldingen",
                "/app/ondersteuning/waarschuwingen", "/app/ondersteuning/bezwaren", "/app/ondersteuning/paginas",
                "/app/ondersteuning/paginas/rechten/ro", "/app/ondersteuning/bijeenkomsten", "/app/ondersteuning/tips",
                "/app/ondersteuning/contacten", "/app/ondersteuning/meldingen/nieuw", "/app/ondersteuning/toegangslog",
                "/app/ondersteuning/organisaties", "/app/ondersteuning/organisaties/nieuw", "/app/ondersteuning/organisaties/fier")) {
            assertThat(mvc.perform(get(page).with(TestActors.as(careWorker))).andReturn().getResponse().getStatus())
                    .as(page).isEqualTo(200);
        }
        var coordinator = TestActors.actor("FIER", Role.SOUNDING_BOARD_COORDINATOR);
        assertThat(mvc.perform(get("/app/ondersteuning/klankbord").with(TestActors.as(coordinator))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        // the coordinator is care staff but not a moderator
        assertThat(mvc.perform(get("/app/ondersteuning/meldingen").with(TestActors.as(coordinator))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aMemberNeverReachesAStaffPageAndStaffNeverAMemberPage() throws Exception {
        var member = SupportTesting.member(UUID.randomUUID(), "Roos");
        for (var endpoint : staffEndpoints().entrySet()) {
            for (RequestMethod method : endpoint.getValue()) {
                MockHttpServletRequestBuilder request = method == RequestMethod.POST ? post(endpoint.getKey()).with(csrf())
                        : get(endpoint.getKey());
                int status = mvc.perform(request.with(member)).andReturn().getResponse().getStatus();
                assertThat(status).as(method + " " + endpoint.getKey()).isIn(302, 401, 403);
            }
        }
        var careWorker = TestActors.actor("FIER", Role.CARE_WORKER);
        var answer = mvc.perform(get("/portaal/mijn").with(TestActors.as(careWorker))).andReturn().getResponse();
        assertThat(answer.getStatus()).as("a staff login is no member login").isIn(302, 403);
        assertThat(answer.getContentAsString()).doesNotContain("Mijn berichten");
    }

    @Test
    void theApplicationRoleCannotReadAnySupportTable() {
        List<String> tables = supportTables();
        assertThat(tables).hasSizeGreaterThan(15);
        List<String> readable = new ArrayList<>();
        for (String table : tables) {
            if (superuserAnswers("SELECT has_table_privilege('ienline_app', 'support." + table + "', 'SELECT')"
                    + " OR has_table_privilege('ienline_app', 'support." + table + "', 'INSERT')"
                    + " OR has_table_privilege('ienline_app', 'support." + table + "', 'UPDATE')"
                    + " OR has_table_privilege('ienline_app', 'support." + table + "', 'DELETE')")) {
                readable.add(table);
            }
            try {
                applicationJdbc.sql("SELECT count(*) FROM support." + table).query(Long.class).single();
                readable.add(table + " (query succeeded)");
            } catch (org.springframework.dao.DataAccessException e) {
                assertThat(rootMessage(e)).contains("permission denied");
            }
        }
        assertThat(readable).isEmpty();
        assertThat(superuserAnswers("SELECT has_schema_privilege('ienline_app', 'support', 'USAGE')")).isFalse();
        assertThat(superuserAnswers("SELECT has_schema_privilege('ienline_care', 'support', 'USAGE')")).isTrue();
    }

    @Test
    void theCareRoleReadsNothingOutsideTheSupportSchema() throws Exception {
        JdbcClient careJdbc = JdbcClient.create(care);
        List<String> foreign = careJdbc.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_schema NOT IN ('support', 'pg_catalog', 'information_schema')""").query(String.class).list();
        // information_schema only lists what the role may see; check every table of the database as superuser too
        List<String> all = new ArrayList<>();
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT schemaname || '.' || tablename FROM pg_tables
                        WHERE schemaname NOT IN ('support', 'pg_catalog', 'information_schema')""")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        assertThat(all).isNotEmpty();
        List<String> granted = new ArrayList<>();
        for (String table : all) {
            try (Connection c = server.superuserConnection(); var q = c.prepareStatement(
                    "SELECT has_table_privilege('ienline_care', ?, 'SELECT') OR has_table_privilege('ienline_care', ?, 'INSERT')")) {
                q.setString(1, table);
                q.setString(2, table);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        granted.add(table);
                    }
                }
            }
        }
        assertThat(granted).isEmpty();
        assertThat(foreign).isEmpty();
        for (String schema : List.of("audit", "register", "signals", "supervision", "adintel")) {
            Boolean usage = careJdbc.sql("""
                    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = :s)
                                THEN has_schema_privilege('ienline_care', :s, 'USAGE') ELSE FALSE END""")
                    .param("s", schema).query(Boolean.class).single();
            assertThat(usage).as(schema).isFalse();
        }
    }

    @Test
    void theCareAccessLogIsAppendOnlyForTheCareRole() {
        JdbcClient careJdbc = JdbcClient.create(care);
        for (String statement : List.of("UPDATE support.care_access_log SET purpose = 'x'", "DELETE FROM support.care_access_log",
                "DELETE FROM support.retention_run")) {
            try {
                careJdbc.sql(statement).update();
                throw new AssertionError("should have been refused: " + statement);
            } catch (org.springframework.dao.DataAccessException e) {
                assertThat(rootMessage(e)).contains("permission denied");
            }
        }
    }

    private boolean superuserAnswers(String sql) {
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> supportTables() {
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'support' ORDER BY 1")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return tables;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
