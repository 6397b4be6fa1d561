package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import frl.ienline.TestActors;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.shared.Role;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Ugly Mugs flow end to end through the web layer, on the real database and a real in-process SMTP
 * server: sign-up, verification, a report, a masked alert in the inbox and by e-mail (saying only that
 * there is one), the client check, police access only with consent, an objection that withdraws the
 * alert, and a member's self-deletion leaving nothing of them in any support table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupportFlowTests {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    frl.ienline.platform.PasswordHashing hashing;

    @Autowired
    frl.ienline.support.internal.PortalThrottles portalThrottles;

    @Autowired
    @Qualifier(frl.ienline.platform.CareCompartmentDatabase.DATA_SOURCE)
    DataSource care;

    final TestActors.TestActor moderator = TestActors.actor("FIER", Role.CARE_WORKER, "GM0080");

    private UUID signUp(String workingName, String email) throws Exception {
        var request = post("/portaal/aanmelden").with(csrf()).param("workingName", workingName).param("password", "lang-genoeg-wachtwoord");
        if (email != null) {
            request.param("email", email).param("alertsByEmail", "true");
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl()).contains("/portaal/inloggen");
        return JdbcClient.create(care).sql("SELECT id FROM support.member WHERE working_name = :n").param("n", workingName)
                .query(UUID.class).single();
    }

    private void verify(UUID member) throws Exception {
        assertThat(mvc.perform(post("/app/ondersteuning/leden/" + member + "/verifieren").with(csrf())
                .with(TestActors.as(moderator))).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void firstTranslationsShowTheirNativeReviewFlagToEditorsButNotToVisitors() throws Exception {
        String overview = mvc.perform(get("/app/ondersteuning/paginas").with(TestActors.as(moderator))).andReturn()
                .getResponse().getContentAsString();
        assertThat(overview).contains("Wacht op moedertaalcheck", "moedertaalcheck nodig");
        String edit = mvc.perform(get("/app/ondersteuning/paginas/rechten/ro").with(TestActors.as(moderator))).andReturn()
                .getResponse().getContentAsString();
        assertThat(edit).contains("een eerste vertaling met machinehulp",
                "machine-assisted translation, review by a native speaker pending");
        String dutchEdit = mvc.perform(get("/app/ondersteuning/paginas/rechten/nl").with(TestActors.as(moderator))).andReturn()
                .getResponse().getContentAsString();
        assertThat(dutchEdit).doesNotContain("machinehulp", "moedertaalcheck nodig");
        String visitor = mvc.perform(get("/portaal/info/rechten").param("lang", "ro")).andReturn().getResponse()
                .getContentAsString();
        assertThat(visitor).contains("Drepturile și obligațiile tale").doesNotContain("machine", "page-fallback");
    }

    @Test
    void aCareWorkerReportsOnBehalfThroughTheSameFormBinding() throws Exception {
        var refused = mvc.perform(post("/app/ondersteuning/meldingen/nieuw").with(csrf()).with(TestActors.as(moderator))
                .param("description", "Zonder categorie.")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("class=\"error-summary\"", "href=\"#categories\"", "Zonder categorie.");
        var saved = mvc.perform(post("/app/ondersteuning/meldingen/nieuw").with(csrf()).with(TestActors.as(moderator))
                .param("categories", "THREAT").param("occurredOn", LocalDate.now().minusDays(3).toString())
                .param("municipality", "GM0080").param("description", "Dreigde na afloop.").param("phone", "06 22 33 44 55")
                .param("policeConsent", "true")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).startsWith("/app/ondersteuning/meldingen/");
        UUID id = UUID.fromString(saved.getRedirectedUrl().substring("/app/ondersteuning/meldingen/".length()));
        assertThat(JdbcClient.create(care).sql("""
                SELECT on_behalf_by_org || ' ' || police_consent || ' ' || wants_police_help FROM support.incident_report WHERE id = :id""")
                .param("id", id).query(String.class).single()).isEqualTo("FIER true false");
    }

    @Test
    void reportBecomesAMaskedAlertThatOtherMembersReceiveAndCanCheck() throws Exception {
        UUID reader = signUp("Lola-" + suffix(), "lola@example.org");
        UUID reporter = signUp("Mira-" + suffix(), null);
        UUID unverified = signUp("Nova-" + suffix(), null);
        verify(reader);
        verify(reporter);
        SMTP.purgeEmailFromAllMailboxes();

        // the reporter reports, without consent for the police
        var reporterAuth = SupportTesting.member(reporter, "Mira");
        var answer = mvc.perform(post("/portaal/mijn/melden").with(csrf()).with(reporterAuth)
                .param("categories", "VIOLENCE", "NO_PAYMENT").param("occurredOn", LocalDate.now().minusDays(1).toString())
                .param("municipality", "GM0080").param("description", "Sloeg mij en betaalde niet.")
                .param("phone", "06-12345678").param("nickname", "Big Jan").param("carPlate", "AB-123-C"))
                .andReturn().getResponse();
        assertThat(answer.getRedirectedUrl()).contains("/portaal/mijn");
        UUID report = JdbcClient.create(care).sql("SELECT id FROM support.incident_report WHERE member_id = :m")
                .param("m", reporter).query(UUID.class).single();

        // nothing about the report is readable in the database without the key
        assertThat(superuserText("SELECT description_enc || identifiers_enc FROM support.incident_report WHERE id = '" + report + "'"))
                .doesNotContain("Sloeg").doesNotContain("12345678").doesNotContain("Big Jan");

        // the moderator sees the details, the police print is refused without consent
        assertThat(mvc.perform(get("/app/ondersteuning/meldingen/" + report).with(TestActors.as(moderator))).andReturn()
                .getResponse().getContentAsString()).contains("Sloeg mij en betaalde niet.").contains("06-12****78");
        assertThat(mvc.perform(get("/app/ondersteuning/meldingen/" + report + "/politie").with(TestActors.as(moderator)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        // the moderator publishes an alert with the phone and the nickname
        mvc.perform(post("/app/ondersteuning/meldingen/" + report + "/publiceren").with(csrf()).with(TestActors.as(moderator))
                .param("region", "FRYSLAN").param("severity", "HIGH").param("summary", "Gewelddadige klant, betaalt niet.")
                .param("include", "PHONE", "NICKNAME"));

        // the other member sees it masked in the inbox
        var readerAuth = SupportTesting.member(reader, "Lola");
        String inbox = mvc.perform(get("/portaal/mijn").with(readerAuth)).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("/portaal/mijn/waarschuwingen/");
        UUID alert = JdbcClient.create(care).sql("SELECT id FROM support.alert WHERE report_id = :r").param("r", report)
                .query(UUID.class).single();
        String page = mvc.perform(get("/portaal/mijn/waarschuwingen/" + alert).with(readerAuth)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("06-12****78").contains("B** J**").contains("Gewelddadige klant")
                .doesNotContain("12345678").doesNotContain("Big Jan").doesNotContain("AB***C").doesNotContain("Sloeg");
        // reading changes nothing (L5): the member marks it read with a POST
        String readAt = "SELECT read_at IS NOT NULL FROM support.inbox_item WHERE member_id = :m AND alert_id = :a";
        assertThat(JdbcClient.create(care).sql(readAt).param("m", reader).param("a", alert).query(Boolean.class).single())
                .isFalse();
        mvc.perform(post("/portaal/mijn/waarschuwingen/" + alert + "/gelezen").with(csrf()).with(readerAuth));
        assertThat(JdbcClient.create(care).sql(readAt).param("m", reader).param("a", alert).query(Boolean.class).single())
                .isTrue();
        // an unverified member gets nothing
        assertThat(mvc.perform(get("/portaal/mijn/waarschuwingen/" + alert).with(SupportTesting.member(unverified, "Nova")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        // e-mail: only that there is a new alert, to the member who asked for it
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("lola@example.org");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("nieuwe waarschuwing").doesNotContain("06-12").doesNotContain("Gewelddadige")
                .doesNotContain("Leeuwarden");

        // the client check: how many, how recent, how severe — in any notation of the number
        String check = mvc.perform(post("/portaal/mijn/check").with(csrf()).with(readerAuth).param("phone", "+31 6 1234 5678"))
                .andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Er zijn 1 waarschuwing(en)").contains("afgelopen maand").contains("hoog");
        String clean = mvc.perform(post("/portaal/mijn/check").with(csrf()).with(readerAuth).param("phone", "0687654321"))
                .andReturn().getResponse().getContentAsString();
        assertThat(clean).contains("Er zijn geen waarschuwingen");
        String refused = mvc.perform(post("/portaal/mijn/check").with(csrf()).with(SupportTesting.member(unverified, "Nova"))
                .param("phone", "0612345678")).andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("Er zijn 1").contains("Alleen geverifieerde leden");
        assertThat(JdbcClient.create(care).sql("SELECT count(*) FROM support.client_check").query(Long.class).single()).isEqualTo(2);

        // an objection that is upheld withdraws the alert; the check then finds nothing
        mvc.perform(post("/portaal/bezwaar").with(csrf()).param("alertReference", alert.toString().substring(0, 8))
                .param("message", "Dit nummer is van mij sinds vorige week."));
        UUID objection = JdbcClient.create(care).sql("SELECT id FROM support.objection WHERE alert_id = :a").param("a", alert)
                .query(UUID.class).single();
        mvc.perform(post("/app/ondersteuning/bezwaren/" + objection + "/besluit").with(csrf()).with(TestActors.as(moderator))
                .param("decision", "UPHELD").param("reason", "Nummer is overgedragen."));
        assertThat(mvc.perform(post("/portaal/mijn/check").with(csrf()).with(readerAuth).param("phone", "0612345678"))
                .andReturn().getResponse().getContentAsString()).contains("Er zijn geen waarschuwingen");
    }

    @Test
    void aMemberLoginNeverCarriesIntoTheStaffSide() throws Exception {
        String name = "Sara-" + suffix();
        signUp(name, null);
        var login = mvc.perform(post("/portaal/inloggen").with(csrf()).param("workingName", name)
                .param("password", "lang-genoeg-wachtwoord")).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).endsWith("/portaal/mijn");
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(mvc.perform(get("/portaal/mijn").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        var staff = mvc.perform(get("/app/ondersteuning").session(session)).andReturn().getResponse();
        assertThat(staff.getStatus()).isEqualTo(302);
        assertThat(staff.getRedirectedUrl()).endsWith("/login");
        var wrong = mvc.perform(post("/portaal/inloggen").with(csrf()).param("workingName", name).param("password", "fout-wachtwoord"))
                .andReturn().getResponse();
        var unknown = mvc.perform(post("/portaal/inloggen").with(csrf()).param("workingName", "bestaat-niet").param("password", "fout-wachtwoord"))
                .andReturn().getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl()).endsWith("/portaal/inloggen?fout");
    }

    @Test
    void selfDeletionLeavesNothingOfTheMemberInAnySupportTable() throws Exception {
        String canary = "Kanarie" + suffix();
        UUID member = signUp(canary, canary.toLowerCase() + "@example.org");
        verify(member);
        var auth = SupportTesting.member(member, canary);
        mvc.perform(post("/portaal/mijn/melden").with(csrf()).with(auth).param("categories", "THREAT")
                .param("occurredOn", LocalDate.now().toString()).param("municipality", "GM0074")
                .param("description", canary + " beschrijving").param("nickname", canary));
        mvc.perform(post("/portaal/mijn/tips").with(csrf()).with(auth).param("language", "nl").param("title", canary)
                .param("body", canary + " tip"));
        mvc.perform(post("/portaal/mijn/klankbord/meedoen").with(csrf()).with(auth).param("consent", "true"));
        mvc.perform(post("/portaal/mijn/account").with(csrf()).with(auth).param("email", canary + "@example.org")
                .param("alertsByEmail", "true"));
        // open a meetup and register
        mvc.perform(post("/app/ondersteuning/bijeenkomsten").with(csrf()).with(TestActors.as(moderator)).param("kind", "TRAINING")
                .param("title", "Weerbaarheid").param("startsAt", LocalDate.now().plusDays(2).atTime(14, 0).toString())
                .param("place", "GGD Leeuwarden").param("language", "nl").param("capacity", "8"));
        UUID meetup = JdbcClient.create(care).sql("SELECT id FROM support.meetup WHERE title = 'Weerbaarheid' LIMIT 1")
                .query(UUID.class).single();
        mvc.perform(post("/portaal/mijn/bijeenkomsten/" + meetup + "/aanmelden").with(csrf()).with(auth));
        assertThat(mvc.perform(get("/portaal/mijn").with(auth)).andReturn().getResponse().getContentAsString())
                .contains("Weerbaarheid"); // the in-app reminder

        List<String> before = scan(canary, member);
        assertThat(before).as("the canary is there before deletion (else this test proves nothing)").isNotEmpty();

        var deleted = mvc.perform(post("/portaal/mijn/account/verwijderen").with(csrf()).with(auth).param("confirm", "true"))
                .andReturn().getResponse();
        assertThat(deleted.getRedirectedUrl()).contains("/portaal?verwijderd");
        assertThat(scan(canary, member)).isEmpty();
    }

    @Test
    void publicFormsAreThrottledWithoutStoringTheAddress() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(mvc.perform(post("/portaal/bezwaar").with(csrf()).with(r -> {
                r.setRemoteAddr("192.0.2.77");
                return r;
            }).param("message", "")).andReturn().getResponse().getStatus());
        }
        assertThat(statuses.subList(0, 10)).doesNotContain(429);
        assertThat(statuses.subList(10, 25)).containsOnly(429);
        assertThat(scan("192.0.2.77", UUID.randomUUID())).isEmpty();
    }

    // ---- H3 / D1 / D2 / D8 / L6 ---------------------------------------------------------------------------

    @org.junit.jupiter.api.BeforeEach
    void freshThrottles() {
        portalThrottles.reset();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    @Test
    void anEncodedLoginPathIsThrottledLikeThePlainOne() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            var response = mvc.perform(post(java.net.URI.create(i % 2 == 0 ? "/portaal/%69nloggen" : "/portaal/inloggen"))
                    .with(csrf()).with(from("192.0.2.90")).param("workingName", "gok-" + i).param("password", "fout-wachtwoord"))
                    .andReturn().getResponse();
            statuses.add(response.getStatus());
            if (i == 0) {
                assertThat(response.getRedirectedUrl()).as("the encoded path is the login").endsWith("/portaal/inloggen?fout");
            }
        }
        assertThat(statuses.subList(0, 20)).containsOnly(302);
        assertThat(statuses.get(20)).isEqualTo(429);
        var throttled = mvc.perform(post(java.net.URI.create("/portaal/%69nloggen")).with(csrf()).with(from("192.0.2.90"))
                .param("workingName", "gok").param("password", "fout-wachtwoord")).andReturn().getResponse();
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getHeader("Retry-After")).isNotBlank();
        assertThat(throttled.getForwardedUrl()).isEqualTo(frl.ienline.support.internal.PortalSecurity.WAIT_PAGE);
        mvc.perform(post(frl.ienline.support.internal.PortalSecurity.WAIT_PAGE).with(csrf())
                        .requestAttr(frl.ienline.support.internal.PortalSecurity.RETRY_AFTER, 42L))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Wacht 42 seconden")));
    }

    @Test
    void ninetyFiveWrongPasswordsForOneWorkingNameDoNotAllReachThePasswordCheck() throws Exception {
        String name = "Anna-" + suffix();
        signUp(name, null);
        long before = hashing.checksPerformed();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            statuses.add(mvc.perform(post("/portaal/inloggen").with(csrf()).with(from("198.18.5." + i))
                    .param("workingName", name).param("password", "gok-" + i)).andReturn().getResponse().getStatus());
        }
        assertThat(hashing.checksPerformed() - before).as("the working name's delay stops the rest").isLessThanOrEqualTo(5);
        assertThat(statuses.subList(5, 95)).containsOnly(429);
    }

    @Test
    void signUpAnswersATakenWorkingNameExactlyLikeAFreeOne() throws Exception {
        String taken = "Bella-" + suffix();
        signUp(taken, null);
        var again = mvc.perform(post("/portaal/aanmelden").with(csrf()).param("workingName", taken.toUpperCase(java.util.Locale.ROOT))
                .param("password", "een-ander-lang-wachtwoord")).andReturn();
        var fresh = mvc.perform(post("/portaal/aanmelden").with(csrf()).param("workingName", "Vrij-" + suffix())
                .param("password", "een-ander-lang-wachtwoord")).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(fresh.getResponse().getStatus()).isEqualTo(302);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(fresh.getResponse().getRedirectedUrl());
        assertThat(JdbcClient.create(care).sql("SELECT count(*) FROM support.member WHERE lower(working_name) = lower(:n)")
                .param("n", taken).query(Long.class).single()).isEqualTo(1);

        var takenShort = mvc.perform(post("/portaal/aanmelden").with(csrf()).param("workingName", taken).param("password", "kort"))
                .andReturn().getResponse().getContentAsString();
        String freeName = "Vrij-" + suffix();
        var freeShort = mvc.perform(post("/portaal/aanmelden").with(csrf()).param("workingName", freeName).param("password", "kort"))
                .andReturn().getResponse().getContentAsString();
        assertThat(normalised(takenShort, taken)).isEqualTo(normalised(freeShort, freeName));
    }

    @Test
    void objectionsToUnknownOrMissingAlertsAreAnsweredAlikeAndNotStored() throws Exception {
        long before = JdbcClient.create(care).sql("SELECT count(*) FROM support.objection").query(Long.class).single();
        for (String reference : new String[] {"deadbeef", "", "niet-een-kenmerk"}) {
            mvc.perform(post("/portaal/bezwaar").with(csrf()).with(from("192.0.2.91")).param("alertReference", reference)
                            .param("message", "Dit klopt niet."))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                            "/portaal/bezwaar/ontvangen"));
        }
        assertThat(JdbcClient.create(care).sql("SELECT count(*) FROM support.objection").query(Long.class).single())
                .isEqualTo(before);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // one reference, from many clients: a few a day
            statuses.add(mvc.perform(post("/portaal/bezwaar").with(csrf()).with(from("192.0.2." + (100 + i)))
                    .param("alertReference", "cafebabe").param("message", "Bezwaar " + i)).andReturn().getResponse().getStatus());
        }
        assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429);
    }

    @Test
    void theClientCheckIsLimitedPerMemberPerDay() throws Exception {
        String name = "Cleo-" + suffix();
        UUID member = signUp(name, null);
        verify(member);
        var auth = SupportTesting.member(member, name);
        List<UUID> before = JdbcClient.create(care).sql("SELECT id FROM support.client_check").query(UUID.class).list();
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/portaal/mijn/check").with(csrf()).with(auth).param("phone", "0687654321"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/portaal/mijn/check").with(csrf()).with(auth).param("phone", "0687654321"))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
        // leave the anonymous check counts as they were for the other tests of this class
        JdbcClient.create(care).sql("DELETE FROM support.client_check WHERE NOT (id = ANY(:before))")
                .param("before", before.toArray(UUID[]::new)).update();
    }

    static String normalised(String page, String name) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replace(name, "NAME");
    }

    /** Every text-like and uuid column of every support table, as the superuser, for the canary or the id. */
    private List<String> scan(String canary, UUID id) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement();
                ResultSet columns = s.executeQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'support' AND data_type IN ('text', 'uuid', 'ARRAY', 'character varying')""")) {
            List<String[]> all = new ArrayList<>();
            while (columns.next()) {
                all.add(new String[] {columns.getString(1), columns.getString(2)});
            }
            for (String[] column : all) {
                try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT count(*) FROM support." + column[0]
                        + " WHERE " + column[1] + "::text ILIKE '%" + canary + "%' OR " + column[1] + "::text = '" + id + "'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        hits.add(column[0] + "." + column[1]);
                    }
                }
            }
        }
        return hits;
    }

    private String superuserText(String sql) throws Exception {
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
