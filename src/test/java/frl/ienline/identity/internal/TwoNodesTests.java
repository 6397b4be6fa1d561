package frl.ienline.identity.internal;

import static frl.ienline.register.RegisterFixtures.SUDWEST;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.IenlineApplication;
import frl.ienline.TestActors;
import frl.ienline.adintel.AdSightings;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.shared.NodeChanges;
import frl.ienline.register.LicenceStatus;
import frl.ienline.register.LicenceVerification;
import frl.ienline.register.RegisterFixtures;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.Outcome;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.Members;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 18, ADR 0021: two application instances on one database (node A with the embedded PostgreSQL, node B
 * connected to it as an external database with the application and care roles), each on its own random port.
 * The nodes' change polls are driven by the test (poll interval one hour), so nothing here waits on a timer.
 */
class TwoNodesTests {

    private static final String[] COMMON = {
            // both nodes in production mode, with the fixed test secrets of application-prodtest.yml (the same
            // keys on every node, as in production)
            "--spring.profiles.active=prod,prodtest",
            "--server.port=0",
            "--management.server.port=0",
            "--ienline.sessions.store=database",
            "--ienline.nodes.poll-interval=PT1H",
            "--ienline.client-key.secret=dHdvLW5vZGVzLXRlc3QtY2xpZW50LWtleS0xMjM0NTY3OA==",
    };

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static EmbeddedPostgresServer database;

    @BeforeAll
    static void startTwoNodes() {
        // command-line arguments: they outrank application.yml (default properties would not)
        a = new SpringApplicationBuilder(IenlineApplication.class).run(COMMON);
        database = a.getBean(EmbeddedPostgresServer.class);
        List<String> external = new java.util.ArrayList<>(List.of(COMMON));
        external.addAll(List.of(
                "--ienline.database.mode=external",
                "--ienline.database.allow-without-tls=true", // the embedded database listens on loopback only
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedPostgresServer.APP_ROLE,
                "--spring.datasource.password=" + database.password(EmbeddedPostgresServer.APP_ROLE),
                "--ienline.database.care.username=" + EmbeddedPostgresServer.CARE_ROLE,
                "--ienline.database.care.password=" + database.password(EmbeddedPostgresServer.CARE_ROLE)));
        b = new SpringApplicationBuilder(IenlineApplication.class).run(external.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    static StaffFixtures fixtures() {
        return new StaffFixtures(a.getBean(StaffUsers.class), a.getBean(Passwords.class), a.getBean(SecretCipher.class),
                a.getBean(Clock.class));
    }

    /** Makes a node look at the other nodes' changes now, as its poll would. */
    static void poll(ConfigurableApplicationContext node) {
        ReflectionTestUtils.invokeMethod(node.getBean(NodeChanges.class), "poll");
    }

    static long count(String sql) throws Exception {
        try (Connection c = database.superuserConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every test its own budget: all requests come from 127.0.0.1. */
    static void freshThrottles() throws Exception {
        try (Connection c = database.superuserConnection()) {
            c.createStatement().executeUpdate("DELETE FROM public.throttle_counter");
        }
    }

    @Test
    void aLoginOnOneNodeContinuesOnTheOther() throws Exception {
        freshThrottles();
        StaffFixtures fixtures = fixtures();
        StaffFixtures.Account account = fixtures.enrolledAccount("nodes", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession onA = new HttpSession(port(a));
        onA.get("/login");
        HttpResponse<String> afterPassword = onA.post("/login",
                Map.of("username", account.username(), "password", StaffFixtures.PASSWORD));
        assertThat(HttpSession.location(afterPassword)).isEqualTo("/login/tweede-factor");
        onA.get("/login/tweede-factor");
        HttpResponse<String> afterCode = onA.post("/login/tweede-factor", Map.of("code", fixtures.currentCode(account)));
        assertThat(HttpSession.location(afterCode)).isEqualTo("/app");

        HttpSession onB = new HttpSession(port(b));
        onB.cookies.putAll(onA.cookies);
        assertThat(onB.get("/app").statusCode()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM public.staff_session WHERE principal_name = '" + account.username() + "'"))
                .isEqualTo(1);

        // a refusal on B is in the access log with the request's correlation id (V194)
        assertThat(onB.get("/app/beheer/gebruikers").statusCode()).isEqualTo(403);
        try (Connection c = database.superuserConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT correlation_id FROM audit.access_log ORDER BY seq DESC LIMIT 1")) {
            rs.next();
            assertThat(rs.getString(1)).matches("[0-9A-Z]{10}");
        }

        HttpSession stranger = new HttpSession(port(b));
        assertThat(HttpSession.location(stranger.get("/app"))).startsWith("/login");
    }

    /** ADR 0007: a portal visitor's session is behind the wall, under its own cookie, and the app role cannot read it. */
    @Test
    void portalSessionsStayBehindTheWall() throws Exception {
        long staffBefore = count("SELECT count(*) FROM public.staff_session");
        long membersBefore = count("SELECT count(*) FROM support.member_session");
        HttpSession visitor = new HttpSession(port(a));
        assertThat(visitor.get("/portaal/inloggen").statusCode()).isEqualTo(200);
        assertThat(visitor.cookies).containsKey("IENLINE_PORTAAL").doesNotContainKey(HttpSession.COOKIE);
        assertThat(count("SELECT count(*) FROM support.member_session")).isEqualTo(membersBefore + 1);
        assertThat(count("SELECT count(*) FROM public.staff_session")).isEqualTo(staffBefore);
        // a member signs in on A and goes on on B; the member's session row is in support, under the member's name
        String name = "Twee-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        assertThat(a.getBean(Members.class).signUp(name, "lang-genoeg-wachtwoord", null, false, "nl")).isPresent();
        HttpResponse<String> signedIn = visitor.post("/portaal/inloggen",
                Map.of("workingName", name, "password", "lang-genoeg-wachtwoord"));
        assertThat(HttpSession.location(signedIn)).isEqualTo("/portaal/mijn");
        HttpSession memberOnB = new HttpSession(port(b));
        memberOnB.cookies.putAll(visitor.cookies);
        assertThat(memberOnB.get("/portaal/mijn").statusCode()).isEqualTo(200);
        assertThat(memberOnB.get("/app").statusCode()).as("a member session is no staff session").isEqualTo(302);
        // the member's security context is kept behind the wall, under the portal's own attribute (not indexed by name)
        assertThat(count("SELECT count(*) FROM support.member_session_attributes"
                + " WHERE attribute_name = 'IENLINE_MEMBER_SECURITY_CONTEXT'")).isPositive();
        assertThat(count("SELECT count(*) FROM public.staff_session_attributes"
                + " WHERE attribute_name = 'IENLINE_MEMBER_SECURITY_CONTEXT'")).isZero();
        assertThat(count("SELECT count(*) FROM public.staff_session WHERE principal_name = '" + name + "'")).isZero();
        for (String privilege : List.of("SELECT", "INSERT", "UPDATE", "DELETE")) {
            for (String table : List.of("support.member_session", "support.member_session_attributes")) {
                assertThat(count("SELECT CASE WHEN has_table_privilege('ienline_app', '" + table + "', '" + privilege
                        + "') THEN 1 ELSE 0 END")).as("ienline_app %s on %s", privilege, table).isZero();
            }
            assertThat(count("SELECT CASE WHEN has_table_privilege('ienline_care', 'public.staff_session', '" + privilege
                    + "') THEN 1 ELSE 0 END")).isZero();
        }
    }

    @Test
    void failedLoginsOnOneNodeThrottleTheOther() throws Exception {
        freshThrottles();
        HttpSession onA = new HttpSession(port(a));
        onA.get("/login");
        for (int i = 0; i < 5; i++) {
            assertThat(onA.post("/login", Map.of("username", "nobody.here", "password", "wrong " + i)).statusCode())
                    .isNotEqualTo(429);
        }
        HttpSession onB = new HttpSession(port(b));
        onB.get("/login");
        HttpResponse<String> refused = onB.post("/login", Map.of("username", "someone.else", "password", "anything"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aScheduledJobRunsOnOneNodePerSchedule() throws Exception {
        try (Connection c = database.superuserConnection()) { // the next schedule: an earlier test's lock has run out
            c.createStatement().executeUpdate("UPDATE public.scheduler_lock SET lock_until = now() - interval '1 second'"
                    + " WHERE name = 'audit-checkpoint'");
        }
        double runsBefore = jobs(a, "runs") + jobs(b, "runs");
        double skippedBefore = jobs(a, "skipped") + jobs(b, "skipped");
        long checkpointsBefore = count("SELECT count(*) FROM audit.checkpoint");
        Object onA = a.getBean(Class.forName("frl.ienline.audit.internal.Checkpoints"));
        Object onB = b.getBean(Class.forName("frl.ienline.audit.internal.Checkpoints"));
        ReflectionTestUtils.invokeMethod(onA, "nightly");
        ReflectionTestUtils.invokeMethod(onB, "nightly");
        assertThat(jobs(a, "runs") + jobs(b, "runs")).isEqualTo(runsBefore + 1);
        assertThat(jobs(a, "skipped") + jobs(b, "skipped")).isEqualTo(skippedBefore + 1);
        assertThat(count("SELECT count(*) FROM audit.checkpoint")).isBetween(checkpointsBefore, checkpointsBefore + 1);
        assertThat(count("SELECT count(*) FROM public.scheduler_lock WHERE name = 'audit-checkpoint'")).isEqualTo(1);
    }

    /** {@code ienline.jobs.runs} or {@code .skipped} of the checkpoint job on one node. */
    static double jobs(ConfigurableApplicationContext node, String what) {
        io.micrometer.core.instrument.Counter counter = node.getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find("ienline.jobs." + what).tag("job", "audit-checkpoint").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void anImportOnOneNodeIsFoundOnTheOtherAndItsEngineFollows() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new AdGenerator(GeneratorSettings.of(20, 7)).write(file, new StringWriter());
        AdImports importsA = a.getBean(AdImports.class);
        AdImports importsB = b.getBean(AdImports.class);
        importsB.ensureLoaded();
        ImportOutcome outcome = importsA.importAsSystem(new ByteArrayInputStream(file.toByteArray()), ImportSource.COMMAND, false);
        assertThat(outcome).isInstanceOf(ImportOutcome.Completed.class);
        UUID importId = ((ImportOutcome.Completed) outcome).importId();

        assertThat(b.getBean(AdSightings.class).ofImport(importId)).isNotEmpty();
        assertThat(ReflectionTestUtils.getField(importsB, "loaded")).isEqualTo(true);
        poll(b);
        assertThat(ReflectionTestUtils.getField(importsB, "loaded")).as("B's engine knows it misses A's import")
                .isEqualTo(false);
    }

    @Test
    void aLicenceRevokedOnOneNodeShowsOnTheOthersPublicVerification() {
        LicenceApplications applications = a.getBean(LicenceApplications.class);
        LicenceAdministration licences = a.getBean(LicenceAdministration.class);
        UUID application = inAssessment(applications, SUDWEST, RegisterFixtures.escort("GM1900", "Twee Knopen Escort"),
                RegisterFixtures.person("Tjitske Tweeknoop", "1980-02-02"), RegisterFixtures.managers("Sjoerd Tweeknoop", "1975-05-05"));
        String number = as(SUDWEST, () -> applications.decide(application, Outcome.GRANTED, List.of(), "Voldoet")).orElseThrow();
        LicenceVerification onB = b.getBean(LicenceVerification.class);
        poll(b);
        assertThat(onB.status(number)).isEqualTo(LicenceStatus.VALID);

        UUID licence = as(SUDWEST, () -> licences.regional("GM1900")).stream()
                .filter(f -> f.licence().number().equals(number)).findFirst().orElseThrow().licence().id();
        TestActors.runAs(SUDWEST, () -> licences.revoke(licence, "Uitbuiting"));
        assertThat(a.getBean(LicenceVerification.class).status(number)).isEqualTo(LicenceStatus.REVOKED);
        assertThat(onB.status(number)).isEqualTo(LicenceStatus.VALID); // not yet polled
        poll(b);
        assertThat(onB.status(number)).isEqualTo(LicenceStatus.REVOKED);
        HttpResponse<String> publicAnswer = new HttpSession(port(b)).get("/api/v1/vergunningen/" + number);
        assertThat(publicAnswer.body()).contains("ingetrokken");
    }

    /** Business metrics on the Prometheus endpoint of the management port (ADR 0020, 0021). */
    @Test
    void businessMetricsAreOnThePrometheusEndpoint() throws Exception {
        ReflectionTestUtils.invokeMethod(a.getBean(Class.forName("frl.ienline.audit.internal.Checkpoints")), "nightly");
        ReflectionTestUtils.invokeMethod(b.getBean(Class.forName("frl.ienline.audit.internal.Checkpoints")), "nightly");
        String port = b.getEnvironment().getProperty("local.management.port");
        java.net.http.HttpResponse<String> metrics = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("ienline_jobs_skipped_total{", "job=\"audit-checkpoint\"",
                "ienline_log_appends_total{", "ienline_adintel_imports_total");
    }
}
