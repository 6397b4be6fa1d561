package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R14: a whole login over real HTTP (failures, enrolment, recovery codes, logout) leaves no password, TOTP
 * secret or code, recovery code, CSRF token or session id in the log.
 */
@IdentityStackTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Clock clock;

    @Test
    void loginLeavesNoSecretsInTheLog(CapturedOutput output) {
        throttle.reset();
        StaffFixtures.Account account = fixtures.newAccount("canary", Role.INSPECTOR, "GM0080", "GM0080");
        List<String> secrets = new ArrayList<>();
        HttpSession browser = new HttpSession(port);

        browser.get("/login");
        secrets.add(browser.sessionId());
        String typedPasswordAsUsername = "canary-typed-password-in-username-field";
        browser.post("/login", Map.of("username", typedPasswordAsUsername, "password", "x"));
        browser.post("/login", Map.of("username", account.username(), "password", "CanaryWrongPassword-7731"));
        secrets.addAll(List.of(typedPasswordAsUsername, "CanaryWrongPassword-7731"));

        browser.post("/login", Map.of("username", account.username(), "password", StaffFixtures.PASSWORD));
        secrets.add(browser.sessionId());
        String secret = LoginFlowTests.secretOn(browser.get("/login/tweede-factor/instellen").body()).replace(" ", "");
        secrets.add(secret);
        browser.post("/login/tweede-factor/instellen", Map.of("code", "123456"));
        String code = Totp.code(Base32.decode(secret), clock.instant());
        browser.post("/login/tweede-factor/instellen", Map.of("code", code));
        secrets.add(browser.sessionId());
        String codesPage = browser.get("/login/herstelcodes").body();
        secrets.addAll(LoginFlowTests.recoveryCodesOn(codesPage));
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(codesPage);
        assertThat(csrf.find()).isTrue();
        secrets.add(csrf.group(1));
        browser.post("/logout", Map.of());

        String log = output.getAll();
        assertThat(log).contains("enrolled a second factor"); // the log was captured at all
        assertThat(secrets).hasSize(17).doesNotContainNull().allSatisfy(s -> assertThat(log).doesNotContain(s));
        assertThat(log).doesNotContain(StaffFixtures.PASSWORD).doesNotContain("$argon2id$").doesNotContain(code + " ");
    }
}
