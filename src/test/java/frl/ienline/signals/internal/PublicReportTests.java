package frl.ienline.signals.internal;

import static frl.ienline.signals.internal.SignalFixtures.COORDINATOR;
import static frl.ienline.signals.internal.SignalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.signals.SignalReference;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The anonymous form (R19): no account, no IP address stored or logged, rate-limited, a reference to add to. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PublicReportTests {

    static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(SIG-[0-9A-Z]{8})<");
    static final Pattern SECRET = Pattern.compile("id=\"secret\">([0-9A-Z-]{23})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignalHandling handling;
    @Autowired
    PublicChannel channel;

    static RequestPostProcessor from(String address) {
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            request.addHeader("X-Forwarded-For", address);
            request.addHeader("User-Agent", "FingerprintBrowser/" + address);
            return request;
        };
    }

    @Test
    void storesNoIpAddressOrFingerprintAndLogsNone(CapturedOutput output) throws Exception {
        String ip = "203.0.113.77";
        String canary = "PUBLIC-CANARY-" + UUID.randomUUID();
        MvcResult result = mvc.perform(post("/melden").with(csrf()).with(from(ip))
                .param("observation", "Saw " + canary).param("municipality", "GM0090").param("locationType", "HOTEL")
                .param("phone", "06 98 76 54 32").param("organisation", "Zorg " + canary)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String body = followed(result);
        Matcher reference = REFERENCE.matcher(body);
        assertThat(reference.find()).as(body).isTrue();
        assertThat(SECRET.matcher(body).find()).isTrue();
        assertThat(result.getResponse().getCookies()).noneMatch(c -> c.getValue().contains(ip));

        UUID id = SignalFixtures.id(jdbc, SignalReference.of(reference.group(1)));
        var row = jdbc.sql("SELECT * FROM signals.signal WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.get("source")).isEqualTo("PUBLIC");
        assertThat(row.get("registered_by")).isNull();
        assertThat(row.get("registered_by_org")).isNull();
        assertThat(row.values()).noneMatch(v -> v != null && (v.toString().contains(ip)
                || v.toString().contains("FingerprintBrowser")));
        List<String> everything = SignalFixtures.allText(jdbc, "signals");
        assertThat(everything).noneMatch(v -> v.contains(ip) || v.contains("FingerprintBrowser") || v.contains(canary));
        assertThat(jdbc.sql("SELECT CAST(e.* AS TEXT) FROM event_publication e").query(String.class).list())
                .noneMatch(v -> v.contains(ip));
        assertThat(jdbc.sql("SELECT CAST(a.* AS TEXT) FROM audit.access_log a").query(String.class).list())
                .noneMatch(v -> v.contains(ip) || v.contains(canary));
        assertThat(output.getAll()).doesNotContain(ip).doesNotContain(canary).doesNotContain("FingerprintBrowser");

        // the region's coordinator sees it (municipality known) and the organisation note decrypted
        SignalView view = as(COORDINATOR, () -> handling.view(id));
        assertThat(view.signal().observation()).isEqualTo("Saw " + canary);
        assertThat(view.signal().reporterOrganisation()).isEqualTo("Zorg " + canary);
        assertThat(view.signal().phones()).containsExactly("+31698765432");
    }

    @Test
    void theReporterAddsInformationWithReferenceAndSecretOnly() throws Exception {
        String body = followed(mvc.perform(post("/melden").with(csrf()).with(from("198.51.100.1"))
                .param("observation", "First report")).andReturn());
        Matcher reference = REFERENCE.matcher(body);
        Matcher secret = SECRET.matcher(body);
        assertThat(reference.find() && secret.find()).isTrue();

        String wrong = mvc.perform(post("/melden/aanvullen").with(csrf()).with(from("198.51.100.1"))
                .param("reference", reference.group(1)).param("secret", "AAAAA-AAAAA-AAAAA-AAAAA").param("text", "more"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("error-summary");
        String right = followed(mvc.perform(post("/melden/aanvullen").with(csrf()).with(from("198.51.100.1"))
                .param("reference", reference.group(1).toLowerCase()).param("secret", secret.group(1).toLowerCase())
                .param("text", "He came back with two others")).andReturn());
        assertThat(right).doesNotContain("error-summary");

        UUID id = SignalFixtures.id(jdbc, SignalReference.of(reference.group(1)));
        SignalView view = as(COORDINATOR, () -> handling.view(id));
        assertThat(view.signal().municipality()).isNull();
        assertThat(view.signal().additions()).extracting(Addition::text).containsExactly("He came back with two others");
        assertThat(jdbc.sql("SELECT followup_secret_hash FROM signals.signal WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain(secret.group(1))
                .as("a keyed hash under the reference key, not the rotating blind index key (L14)").hasSize(43);
    }

    @Test
    void aReloadAfterSendingNeverSendsTheReportTwice() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM signals.signal").query(Long.class).single();
        MvcResult sent = mvc.perform(post("/melden").with(csrf()).with(from("198.51.100.30"))
                .param("observation", "Sent once")).andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(302);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/melden/ontvangen");
        assertThat(REFERENCE.matcher(followed(sent)).find()).isTrue();
        // the reload is a GET of the receipt page; without the (spent) flash it leads back to the form
        MvcResult reload = mvc.perform(get("/melden/ontvangen")).andReturn();
        assertThat(reload.getResponse().getRedirectedUrl()).isEqualTo("/melden");
        assertThat(jdbc.sql("SELECT count(*) FROM signals.signal").query(Long.class).single()).isEqualTo(before + 1);
    }

    /** Post/redirect/get: the page the browser shows after following the redirect of a submission. */
    private String followed(MvcResult submitted) throws Exception {
        String target = submitted.getResponse().getRedirectedUrl();
        if (target == null) {
            return submitted.getResponse().getContentAsString();
        }
        return mvc.perform(get(target).flashAttrs(submitted.getFlashMap())).andReturn().getResponse().getContentAsString();
    }

    @Test
    void isRateLimitedPerClient() throws Exception {
        String ip = "192.0.2.99";
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(post("/melden").with(csrf()).with(from(ip)).param("observation", "burst " + i))
                    .andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(mvc.perform(post("/melden").with(csrf()).with(from(ip)).param("observation", "one too many"))
                .andReturn().getResponse().getStatus()).isEqualTo(429);
        assertThat(mvc.perform(post("/melden").with(csrf()).with(from("192.0.2.100")).param("observation", "other"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void oneIpv6SubscriberIsOneClientAndAdditionsHaveTheirOwnBudget() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(mvc.perform(post("/melden").with(csrf()).with(from("2001:db8:5:6::" + i)).param("observation", "v6 " + i))
                    .andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        var refused = mvc.perform(post("/melden").with(csrf()).with(from("2001:db8:5:6:ffff:ffff:ffff:ffff"))
                .param("observation", "same /64")).andReturn().getResponse();
        assertThat(refused.getStatus()).as("the whole /64 is one client (M9)").isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentAsString()).as("the 429 page says how long to wait").contains("Probeer het over");
        assertThat(mvc.perform(post("/melden").with(csrf()).with(from("2001:db8:5:7::1")).param("observation", "next /64"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/melden/aanvullen").with(csrf()).with(from("2001:db8:5:6::1")).param("reference", "SIG-00000000")
                .param("secret", "X").param("text", "aanvulling")).andReturn().getResponse().getStatus())
                .as("additions have a budget of their own").isEqualTo(200);
    }

    @Test
    void floodingRaisesANoticeForTriageInsteadOfClosingTheForm() throws Exception {
        try {
            for (int i = 0; i < 200; i++) {
                channel.accepted();
            }
            assertThat(channel.flood()).as("the triage staff see a notice").isPresent();
            assertThat(mvc.perform(post("/melden").with(csrf()).with(from("192.0.2.201")).param("observation", "still open"))
                    .andReturn().getResponse().getStatus()).as("no global cap closes the channel").isEqualTo(302);
        } finally {
            jdbc.sql("DELETE FROM public.throttle_counter WHERE name = 'signals-accepted'").update();
        }
    }

    @Test
    void theFormSpeaksThePortalLanguages() throws Exception {
        for (String[] l : new String[][] {{"nl", "Uitbuiting"}, {"en", "exploitation"}, {"ro", "exploatare"},
                {"bg", "експлоатация"}, {"hu", "Kizsákmányolás"}, {"es", "explotación"}, {"pl", "wyzysk"}}) {
            String body = mvc.perform(get("/melden").param("lang", l[0])).andReturn().getResponse().getContentAsString();
            assertThat(body).as(l[0]).contains("lang=\"" + l[0] + "\"").contains(l[1]);
        }
    }

    @Test
    void anAnonymousReportItsAdditionAndTheirLogEntriesKeepTheHourOnly() throws Exception {
        String body = followed(mvc.perform(post("/melden").with(csrf()).with(from("198.51.100.7"))
                .param("observation", "Hour only")).andReturn());
        Matcher reference = REFERENCE.matcher(body);
        Matcher secret = SECRET.matcher(body);
        assertThat(reference.find() && secret.find()).isTrue();
        mvc.perform(post("/melden/aanvullen").with(csrf()).with(from("198.51.100.7")).param("reference", reference.group(1))
                .param("secret", secret.group(1)).param("text", "Later, the same hour only"));
        UUID id = SignalFixtures.id(jdbc, SignalReference.of(reference.group(1)));

        List<String> times = jdbc.sql("""
                SELECT 'signal ' || (registered_at = date_trunc('hour', registered_at)) FROM signals.signal WHERE id = :id
                UNION ALL SELECT 'addition ' || (added_at = date_trunc('hour', added_at)) FROM signals.addition WHERE signal_id = :id
                UNION ALL SELECT 'history ' || (at = date_trunc('hour', at)) FROM signals.history WHERE signal_id = :id
                UNION ALL SELECT 'log ' || (occurred_at = date_trunc('hour', occurred_at)) FROM audit.access_log
                    WHERE object_id = CAST(:id AS TEXT) AND actor_id IS NULL""").param("id", id).query(String.class).list();
        assertThat(times).contains("signal true", "addition true", "history true", "log true")
                .noneMatch(t -> t.endsWith("false"));
    }
}
