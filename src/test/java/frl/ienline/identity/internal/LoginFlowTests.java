package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.shared.Role;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** R1 (second factor), R2 (no account enumeration, throttling) and the enrolment, on the full stack. */
@IdentityStackTest
class LoginFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    StaffUsers users;
    @Autowired
    frl.ienline.platform.PasswordHashing hashing;
    @Autowired
    frl.ienline.MutableClock clock;

    @BeforeEach
    void forgetFailures() {
        throttle.reset();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcResult password(MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", password)).andReturn();
    }

    // ---- R1 ------------------------------------------------------------------------------------------

    @Test
    void aPasswordAloneNeverReachesAStaffPage() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("r1", Role.INSPECTOR, "GM0080", "GM0080");
        MockHttpSession session = new MockHttpSession();
        MvcResult result = password(session, account.username(), StaffFixtures.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/tweede-factor");

        for (String page : List.of("/app", "/app/beheer/gebruikers", "/login/herstelcodes", "/app/anything")) {
            mvc.perform(get(page).session(session)).andExpect(status().isFound())
                    .andExpect(redirectedUrl("/login/tweede-factor"));
        }
        mvc.perform(get("/app").session(session).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login/tweede-factor"))
                .andExpect(content().string(""));
        mvc.perform(post("/app/beheer/gebruikers").session(session).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login/tweede-factor"));

        mvc.perform(post("/login/tweede-factor").session(session).with(csrf()).param("code", fixtures.currentCode(account)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/app"));
        mvc.perform(get("/app").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Welkom, Test r1")));
    }

    @Test
    void anonymousRequestsGoToTheLoginPageAndHtmxGetsAnHxRedirect() throws Exception {
        mvc.perform(get("/app")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/app").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
        mvc.perform(get("/api/v1/private")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void afterLoginTheBrowserReturnsToTheStaffPageItAskedFor() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("deeplink", Role.INSPECTOR, "GM0080", "GM0080");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/app?tab=2").session(session)).andExpect(redirectedUrl("/login"));
        password(session, account.username(), StaffFixtures.PASSWORD);
        mvc.perform(post("/login/tweede-factor").session(session).with(csrf()).param("code", fixtures.currentCode(account)))
                .andExpect(redirectedUrl("/app?tab=2"));
    }

    @Test
    void firstLoginEnrolsTheSecondFactorAndShowsTenRecoveryCodesOnce() throws Exception {
        StaffFixtures.Account account = fixtures.newAccount("enrol", Role.LICENSING_OFFICER, "GM0080", "GM0080");
        MockHttpSession session = new MockHttpSession();
        assertThat(password(session, account.username(), StaffFixtures.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login/tweede-factor/instellen");
        mvc.perform(get("/login/tweede-factor").session(session)).andExpect(redirectedUrl("/login/tweede-factor/instellen"));

        String page = mvc.perform(get("/login/tweede-factor/instellen").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg").contains("<path fill=\"#000000\" d=\"M").doesNotContain("style=");
        String again = mvc.perform(get("/login/tweede-factor/instellen").session(session)).andReturn().getResponse()
                .getContentAsString();
        byte[] secret = Base32.decode(secretOn(page));
        assertThat(secretOn(again)).as("a reload shows the same secret").isEqualTo(secretOn(page));

        mvc.perform(post("/login/tweede-factor/instellen").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login/tweede-factor/instellen").session(session).with(csrf())
                        .param("code", Totp.code(secret, java.time.Instant.now())))
                .andExpect(redirectedUrl("/login/herstelcodes"));

        String codesPage = mvc.perform(get("/login/herstelcodes").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> codes = recoveryCodesOn(codesPage);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        mvc.perform(get("/login/herstelcodes").session(session)).andExpect(redirectedUrl("/app"));

        StaffUser stored = users.byId(account.user().id()).orElseThrow();
        assertThat(stored.enrolled()).isTrue();
        assertThat(stored.totpSecret()).startsWith("v1.").doesNotContain(Base32.encode(secret));
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheTotpCode() throws Exception {
        StaffFixtures.Account account = fixtures.newAccount("recovery", Role.CARE_WORKER, "FIER", "GM0080");
        MockHttpSession session = new MockHttpSession();
        password(session, account.username(), StaffFixtures.PASSWORD);
        String page = mvc.perform(get("/login/tweede-factor/instellen").session(session)).andReturn().getResponse()
                .getContentAsString();
        mvc.perform(post("/login/tweede-factor/instellen").session(session).with(csrf())
                .param("code", Totp.code(Base32.decode(secretOn(page)), java.time.Instant.now())));
        List<String> codes = recoveryCodesOn(mvc.perform(get("/login/herstelcodes").session(session)).andReturn()
                .getResponse().getContentAsString());

        MockHttpSession second = new MockHttpSession();
        password(second, account.username(), StaffFixtures.PASSWORD);
        mvc.perform(post("/login/tweede-factor").session(second).with(csrf()).param("code", codes.get(3).toUpperCase()))
                .andExpect(redirectedUrl("/app"));

        MockHttpSession third = new MockHttpSession();
        password(third, account.username(), StaffFixtures.PASSWORD);
        mvc.perform(post("/login/tweede-factor").session(third).with(csrf()).param("code", codes.get(3)))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login/tweede-factor").session(third).with(csrf()).param("code", codes.get(4)))
                .andExpect(redirectedUrl("/app"));
    }

    @Test
    void aTotpCodeIsUsableOnlyOnce() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("replay", Role.INSPECTOR, "GM0080", "GM0080");
        String code = fixtures.currentCode(account);
        MockHttpSession first = new MockHttpSession();
        password(first, account.username(), StaffFixtures.PASSWORD);
        mvc.perform(post("/login/tweede-factor").session(first).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/app"));

        MockHttpSession second = new MockHttpSession();
        password(second, account.username(), StaffFixtures.PASSWORD);
        mvc.perform(post("/login/tweede-factor").session(second).with(csrf()).param("code", code))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("al gebruikt")));
    }

    // ---- R2 ------------------------------------------------------------------------------------------

    @Test
    void unknownUserWrongPasswordAndDisabledAccountGetTheSameAnswer() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("r2", Role.INSPECTOR, "GM0080", "GM0080");
        StaffFixtures.Account disabled = fixtures.enrolledAccount("r2off", Role.INSPECTOR, "GM0080", "GM0080");
        users.update(disabled.user().disable(java.time.Instant.now()));

        MvcResult wrongPassword = password(new MockHttpSession(), account.username(), "not the password");
        MvcResult unknownUser = password(new MockHttpSession(), "nobody.here", "not the password");
        MvcResult disabledUser = password(new MockHttpSession(), disabled.username(), StaffFixtures.PASSWORD);

        assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(401);
        assertThat(unknownUser.getResponse().getStatus()).isEqualTo(401);
        assertThat(disabledUser.getResponse().getStatus()).isEqualTo(401);
        String reference = normalised(wrongPassword, account.username());
        assertThat(normalised(unknownUser, "nobody.here")).isEqualTo(reference);
        assertThat(normalised(disabledUser, disabled.username())).isEqualTo(reference);
        assertThat(reference).contains("De gebruikersnaam of het wachtwoord klopt niet.");
    }

    @Test
    void theAttemptAfterFiveFailuresIsAnswered429EvenWithTheRightPassword() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("brute", Role.INSPECTOR, "GM0080", "GM0080");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("198.51.100." + i)).param("username", account.username())
                    .param("password", "guess " + i)).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/login").with(csrf()).with(from("198.51.100.77")).param("username", account.username())
                        .param("password", StaffFixtures.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("foutcode 429")));
    }

    @Test
    void theAttemptAfterFiveFailuresFromOneAddressIsAnswered429() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("203.0.113.9")).param("username", "spray" + i)
                    .param("password", "guess")).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.9")).param("username", "spray99")
                .param("password", "guess")).andExpect(status().isTooManyRequests());
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.10")).param("username", "spray99")
                .param("password", "guess")).andExpect(status().isUnauthorized());
    }

    @Test
    void wrongSecondFactorCodesAreThrottledToo() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("guess2fa", Role.INSPECTOR, "GM0080", "GM0080");
        MockHttpSession session = new MockHttpSession();
        password(session, account.username(), StaffFixtures.PASSWORD);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login/tweede-factor").session(session).with(csrf()).param("code", "00000" + i))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/login/tweede-factor").session(session).with(csrf()).param("code", fixtures.currentCode(account)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/app").session(new MockHttpSession())).andExpect(redirectedUrl("/login"));
        MockHttpSession again = new MockHttpSession();
        assertThat(mvc.perform(post("/login").session(again).with(csrf()).with(from("198.51.100.31"))
                        .param("username", account.username()).param("password", StaffFixtures.PASSWORD))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login/tweede-factor");
        mvc.perform(post("/login/tweede-factor").session(again).with(csrf()).with(from("198.51.100.31"))
                        .param("code", fixtures.currentCode(account)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    // ---- M7 / D3 / D4 -------------------------------------------------------------------------------

    @Test
    void fiftyParallelWrongPasswordsReachTheCheckAtMostFiveTimes() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("race", Role.INSPECTOR, "GM0080", "GM0080");
        long before = hashing.checksPerformed();
        List<Integer> fromManyClients = parallel(50, i -> post("/login").with(csrf()).with(from("198.18.0." + i))
                .param("username", account.username()).param("password", "guess " + i));
        assertThat(hashing.checksPerformed() - before).as("one user name, 50 clients at once").isLessThanOrEqualTo(5);
        assertThat(fromManyClients).containsOnly(401, 429);

        before = hashing.checksPerformed();
        parallel(50, i -> post("/login").with(csrf()).with(from("198.18.1.1"))
                .param("username", "nobody" + i).param("password", "guess"));
        assertThat(hashing.checksPerformed() - before).as("one client, 50 user names at once").isLessThanOrEqualTo(5);
    }

    @Test
    void nobodyCanLockAColleagueOutForLongerThanTheDelay() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("colleague", Role.INSPECTOR, "GM0080", "GM0080");
        try {
            for (int i = 0; i < 30; i++) { // an attacker from many addresses, far beyond the free attempts
                mvc.perform(post("/login").with(csrf()).with(from("198.18.2." + i)).param("username", account.username())
                        .param("password", "guess " + i));
            }
            MvcResult waiting = mvc.perform(post("/login").with(csrf()).with(from("198.18.3.1"))
                    .param("username", account.username()).param("password", StaffFixtures.PASSWORD)).andReturn();
            assertThat(waiting.getResponse().getStatus()).isEqualTo(429);
            assertThat(Long.parseLong(waiting.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);

            clock.shift(java.time.Duration.ofMinutes(1));
            assertThat(mvc.perform(post("/login").with(csrf()).with(from("198.18.3.1")).param("username", account.username())
                            .param("password", StaffFixtures.PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                    .as("after at most the longest delay the right password signs in").isEqualTo("/login/tweede-factor");
        } finally {
            clock.reset();
        }
    }

    List<Integer> parallel(int requests, java.util.function.IntFunction<org.springframework.test.web.servlet.RequestBuilder> request)
            throws Exception {
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int n = i;
                results.add(threads.submit(() -> mvc.perform(request.apply(n)).andReturn().getResponse().getStatus()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            return statuses;
        }
    }

    @Test
    void emptyFieldsAreNamedInTheErrorSummary() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "").param("password", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#username\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#password\"")));
    }

    @Test
    void theLoginPageShowsNoDemoPasswordOutsideDemoMode() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(DemoAccounts.PASSWORD))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inloggen voor medewerkers")));
        mvc.perform(get("/login?lang=en")).andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in for staff")));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** The page without what legitimately differs: the CSRF token and the echoed user name. */
    static String normalised(MvcResult result, String username) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replace(username, "USERNAME");
    }

    static String secretOn(String page) {
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static List<String> recoveryCodesOn(String page) {
        Matcher m = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>").matcher(page);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
