package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import frl.ienline.MutableClock;
import frl.ienline.shared.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** R3 (session ids, logout, timeouts), R4 (cookie attributes) and R5 (headers) over real HTTP. */
@IdentityStackTest
class SessionTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void clean() {
        throttle.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Logs in with password and TOTP; returns the session ids seen before login, after password, after code. */
    String[] login(HttpSession browser, StaffFixtures.Account account) {
        browser.get("/login");
        String anonymous = browser.sessionId();
        HttpResponse<String> afterPassword = browser.post("/login",
                Map.of("username", account.username(), "password", StaffFixtures.PASSWORD));
        assertThat(HttpSession.location(afterPassword)).isEqualTo("/login/tweede-factor");
        String pending = browser.sessionId();
        browser.get("/login/tweede-factor");
        HttpResponse<String> afterCode = browser.post("/login/tweede-factor", Map.of("code", fixtures.currentCode(account)));
        assertThat(HttpSession.location(afterCode)).isEqualTo("/app");
        return new String[] {anonymous, pending, browser.sessionId()};
    }

    @Test
    void theSessionIdChangesAtEveryLoginStepAndOldIdsAreWorthless() {
        StaffFixtures.Account account = fixtures.enrolledAccount("r3", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession browser = new HttpSession(port);
        String[] ids = login(browser, account);

        assertThat(ids[0]).isNotNull();
        assertThat(ids[1]).isNotNull().isNotEqualTo(ids[0]);
        assertThat(ids[2]).isNotNull().isNotEqualTo(ids[1]).isNotEqualTo(ids[0]);
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);

        for (String old : new String[] {ids[0], ids[1]}) {
            HttpSession attacker = new HttpSession(port);
            attacker.cookies.put(HttpSession.COOKIE, old);
            HttpResponse<String> response = attacker.get("/app");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(HttpSession.location(response)).isEqualTo("/login");
        }
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        StaffFixtures.Account account = fixtures.enrolledAccount("logout", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession browser = new HttpSession(port);
        login(browser, account);
        String signedIn = browser.sessionId();
        assertThat(browser.get("/app").body()).contains("Uitloggen");

        HttpResponse<String> logout = browser.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(HttpSession.location(logout)).isEqualTo("/login?uitgelogd");

        HttpSession replay = new HttpSession(port);
        replay.cookies.put(HttpSession.COOKIE, signedIn);
        HttpResponse<String> response = replay.get("/app");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpSession.location(response)).isEqualTo("/login");
        assertThat(browser.get("/login?uitgelogd").body()).contains("U bent uitgelogd.");
    }

    @Test
    void theSessionEndsAfterFifteenIdleMinutes() {
        StaffFixtures.Account account = fixtures.enrolledAccount("idle", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession browser = new HttpSession(port);
        login(browser, account);
        clock.shift(Duration.ofMinutes(14));
        assertThat(browser.get("/app").statusCode()).isEqualTo(200);
        clock.shift(Duration.ofMinutes(15).plusSeconds(1));
        HttpResponse<String> response = browser.get("/app");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpSession.location(response)).isEqualTo("/login?verlopen");
        assertThat(browser.get("/login?verlopen").body()).contains("Uw sessie is verlopen");
    }

    @Test
    void anActiveSessionStillEndsTenHoursAfterLogin() {
        StaffFixtures.Account account = fixtures.enrolledAccount("absolute", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession browser = new HttpSession(port);
        login(browser, account);
        Duration elapsed = Duration.ZERO;
        while (elapsed.plusMinutes(14).compareTo(Duration.ofHours(10)) < 0) {
            clock.shift(Duration.ofMinutes(14));
            elapsed = elapsed.plusMinutes(14);
            assertThat(browser.get("/app").statusCode()).as("active after %s", elapsed).isEqualTo(200);
        }
        clock.shift(Duration.ofHours(10).minus(elapsed).plusSeconds(1));
        HttpResponse<String> response = browser.get("/app");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpSession.location(response)).isEqualTo("/login?verlopen");
    }

    @Test
    void aHalfFinishedLoginExpiresWhenTheSecondFactorDoesNotFollow() {
        StaffFixtures.Account account = fixtures.enrolledAccount("slow", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession browser = new HttpSession(port);
        browser.get("/login");
        browser.post("/login", Map.of("username", account.username(), "password", StaffFixtures.PASSWORD));
        browser.get("/login/tweede-factor");
        clock.shift(Duration.ofMinutes(11));
        HttpResponse<String> response = browser.post("/login/tweede-factor", Map.of("code", fixtures.currentCode(account)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(HttpSession.location(response)).isEqualTo("/login?verlopen");
        assertThat(HttpSession.location(browser.get("/app"))).isEqualTo("/login");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureInLocalDevelopment() {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> page = browser.get("/login");
        String setCookie = HttpSession.sessionCookieHeader(page).orElseThrow();
        assertThat(HttpSession.attributes(setCookie)).contains("httponly", "samesite=lax", "path=/")
                .doesNotContain("secure");
    }

    @Test
    void securityHeadersAreOnEveryKindOfResponse() {
        StaffFixtures.Account account = fixtures.enrolledAccount("headers", Role.INSPECTOR, "GM0080", "GM0080");
        HttpSession browser = new HttpSession(port);
        login(browser, account);
        for (String path : new String[] {"/", "/login", "/app", "/app/beheer/gebruikers", "/app/bestaat-niet",
                "/css/ienline.css", "/privacy"}) {
            HttpResponse<String> response = browser.get(path);
            var headers = response.headers();
            assertThat(headers.firstValue("content-security-policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(headers.firstValue("x-content-type-options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("referrer-policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("x-frame-options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("strict-transport-security")).as("no HSTS over plain HTTP").isEmpty();
        }
        assertThat(browser.get("/app").headers().firstValue("cache-control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(browser.get("/app/beheer/gebruikers").statusCode()).isEqualTo(403);
    }

    @Test
    void hstsIsSentOverHttps() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }
}
