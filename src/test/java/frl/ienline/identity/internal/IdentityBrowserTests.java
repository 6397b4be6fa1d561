package frl.ienline.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.BrowserTest;
import frl.ienline.MutableClock;
import frl.ienline.shared.Role;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** Login with TOTP enrolment, the recovery codes, the staff home and user administration in Chromium. */
@AutoConfigureMockMvc
@Import({MutableClock.Configuration.class, StaffFixtures.class})
class IdentityBrowserTests extends BrowserTest {

    @Autowired
    StaffFixtures fixtures;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Clock clock;

    @BeforeEach
    void forgetFailures() {
        throttle.reset();
    }

    void submitPassword(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main button[type=submit]").click();
    }

    @Test
    void firstLoginEnrolsTheSecondFactorShowsRecoveryCodesAndReachesTheStaffHome() {
        StaffFixtures.Account account = fixtures.newAccount("browser", Role.LICENSING_OFFICER, "GM0080", "GM0080");
        open("/login");
        assertThat(page.locator("h1")).hasText("Inloggen voor medewerkers");
        assertAccessible();

        submitPassword(account.username(), StaffFixtures.PASSWORD);
        page.waitForURL("**/login/tweede-factor/instellen");
        assertThat(page.locator(".qr svg path")).hasCount(1);
        assertAccessible();

        String secret = page.locator("#totp-secret").textContent();
        page.locator("#code").fill(Totp.code(Base32.decode(secret), clock.instant()));
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/login/herstelcodes");
        assertThat(page.locator("#recovery-codes li")).hasCount(RecoveryCodes.COUNT);
        assertAccessible();

        page.locator("main a.button").click();
        page.waitForURL("**/app");
        assertThat(page.locator("h1")).hasText("Welkom, Test browser");
        assertThat(page.locator("main")).containsText("Leeuwarden");
        assertThat(page.locator("main")).containsText("Vergunningverlener");
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    @Test
    void anEnrolledAccountSignsInWithItsCodeAfterAMistypedPassword() {
        StaffFixtures.Account account = fixtures.enrolledAccount("enrolled", Role.CARE_WORKER, "FIER", "GM0080", "GM0090");
        open("/login");
        submitPassword(account.username(), "mistyped password");
        assertThat(page.locator(".error-summary")).containsText("De gebruikersnaam of het wachtwoord klopt niet.");
        assertAccessible();

        submitPassword(account.username(), StaffFixtures.PASSWORD);
        page.waitForURL("**/login/tweede-factor");
        assertAccessible();
        page.locator("#code").fill("000000");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isVisible();
        assertAccessible();

        page.locator("#code").fill(fixtures.currentCode(account));
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/app");
        assertThat(page.locator("h1")).hasText("Welkom, Test enrolled");
        assertThat(page.locator("main")).containsText("Hulpverlening");
        page.navigate(url("/app?lang=en"));
        assertThat(page.locator("h1")).hasText("Welcome, Test enrolled");
        assertAccessible();
    }

    @Test
    void userAdministrationPagesAreAccessible() {
        StaffFixtures.Account admin = fixtures.enrolledAccount("admin", Role.FUNCTIONAL_ADMIN, "SDF");
        open("/login");
        submitPassword(admin.username(), StaffFixtures.PASSWORD);
        page.waitForURL("**/login/tweede-factor");
        page.locator("#code").fill(fixtures.currentCode(admin));
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/app");
        var adminTile = page.locator(".cards a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Gebruikersbeheer"));
        assertThat(adminTile).hasCount(1);

        adminTile.click();
        page.waitForURL("**/app/beheer/gebruikers");
        assertAccessible();

        page.locator("main a.button").first().click();
        page.waitForURL("**/app/beheer/gebruikers/nieuw");
        assertAccessible();
        page.locator("main form[method=post] button[type=submit]").click();
        assertThat(page.locator(".error-summary li")).not().hasCount(0);
        assertAccessible();

        page.locator("#field-username").fill("browser.nieuw." + System.nanoTime() % 100000);
        page.locator("#field-displayName").fill("Browser Nieuw");
        page.locator("#field-organisation").selectOption("GM0074");
        page.locator("#role-INSPECTOR").check();
        page.locator("#municipality-GM0074").check();
        page.locator("main form[method=post] button[type=submit]").click();
        assertThat(page.locator(".notice--ok")).isVisible();
        assertThat(page.locator("h1")).containsText("browser.nieuw");
        assertThat(page.locator("#issued-link")).containsText("/login/activeren/");
        assertAccessible();

        String link = page.locator("#issued-link").textContent();
        open("/app/beheer/gebruikers/verzoeken");
        assertThat(page.locator("h1")).hasText("Verzoeken voor een tweede beheerder");
        assertAccessible();
        open("/app/mijn-account/wachtwoord");
        assertAccessible();

        // the new colleague, in a browser of their own, sets their own password through the one-time link
        context.clearCookies();
        page.navigate(link);
        assertAccessible();
        page.locator("#field-password").fill("mijn eigen lange wachtwoord");
        page.locator("#field-repeat").fill("mijn eigen lange wachtwoord");
        page.locator("main form[method=post] button[type=submit]").click();
        page.waitForURL("**/login");
        assertThat(page.locator(".notice--ok")).isVisible();
        page.navigate(link);
        assertThat(page.locator("h1")).hasText("Deze link werkt niet (meer)");
        assertAccessible();
    }
}
