package frl.ienline.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Response;
import frl.ienline.BrowserTest;
import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import frl.ienline.support.internal.ClientIdentifier.Kind;
import frl.ienline.support.internal.Members;
import frl.ienline.support.internal.SafetyReports;
import frl.ienline.support.internal.SafetyReports.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The public portal in a real browser: every page in every portal language without an axe violation,
 * with a quick exit, without a request to another host, and small enough for a cheap phone; and the
 * member journey from sign-up to a masked alert and a client check.
 */
class PortalBrowserTests extends BrowserTest {

    static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "hu", "es", "pl");
    static final List<String> PAGES = List.of("/portaal", "/portaal/info/rechten", "/portaal/info/hulp",
            "/portaal/info/gezondheid", "/portaal/info/veiligheid", "/portaal/info/uitstappen", "/portaal/info/anoniem-melden",
            "/portaal/tips", "/portaal/aanmelden", "/portaal/inloggen", "/portaal/bezwaar", "/portaal/bezwaar/ontvangen");
    /** A page with its stylesheets and script must stay below this on a cheap phone's connection. */
    static final int PAGE_WEIGHT_LIMIT = 60 * 1024;

    @Autowired
    Members members;

    @Autowired
    SafetyReports reports;

    static Stream<Arguments> everyPageInEveryLanguage() {
        return PAGES.stream().flatMap(p -> LANGUAGES.stream().map(l -> Arguments.of(p, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyPageInEveryLanguage")
    void everyPortalPageIsAccessibleInEveryLanguageWithAQuickExitAndNothingFromElsewhere(String path, String language) {
        AtomicLong bytes = new AtomicLong();
        page.onResponse(r -> bytes.addAndGet(bodySize(r)));
        Response response = page.navigate(url(path + "?lang=" + language));
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("#snel-weg")).hasAttribute("rel", "noreferrer noopener");
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
        assertThat(bytes.get()).as("bytes of %s incl. CSS and JS", path).isLessThan(PAGE_WEIGHT_LIMIT);
        recordWeight(path + "?lang=" + language, bytes.get());
    }

    @Test
    void aMissingTranslationFallsBackVisiblyToDutch() {
        open("/portaal/info/gezondheid?lang=pl");
        assertThat(page.locator(".fallback-notice")).isVisible();
        assertThat(page.locator("h1")).hasAttribute("lang", "nl");
        open("/portaal/info/veiligheid?lang=pl");
        assertThat(page.locator(".fallback-notice")).hasCount(0);
        assertThat(page.locator("h1")).hasText("Bezpieczna praca");
    }

    @Test
    void theRightsPageShowsTheRulebookFacts() {
        open("/portaal/info/rechten?lang=en");
        assertThat(page.locator("dl.facts")).containsText("21 years");
        assertThat(page.locator("dl.facts")).containsText("Penalty order");
        assertThat(page.locator("dl.facts")).containsText("12 months");
    }

    @Test
    void theQuickExitLeavesWithoutLeavingThePortalInTheHistory() {
        page.route("**/*", route -> {
            if (route.request().url().startsWith(url(""))) {
                route.resume();
            } else {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                        .setContentType("text/html").setBody("<html lang=\"nl\"><title>Weer</title><h1>Weer</h1></html>"));
            }
        });
        open("/portaal/info/veiligheid");
        page.locator("#snel-weg").click();
        page.waitForURL(u -> !u.startsWith(url("")));
        page.goBack();
        assertThat(page.url()).doesNotContain("/portaal/info/veiligheid");
    }

    @Test
    void memberJourneyFromSignUpToAMaskedAlertAndACheck() {
        String reporterName = "Iris" + suffix();
        String readerName = "Jade" + suffix();
        signUpInBrowser(reporterName);
        signUpInBrowser(readerName);

        // a care worker verifies both (staff login arrives with the identity module; until then as a service call)
        var careWorker = TestActors.actor("FIER", Role.CARE_WORKER);
        UUID reporter = idOf(reporterName);
        UUID reader = idOf(readerName);
        TestActors.runAs(careWorker, () -> {
            members.verify(reporter);
            members.verify(reader);
        });

        // the reporter reports an incident
        login(reporterName);
        page.getByText("Melden", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).first().click();
        assertAccessible();
        page.locator("#cat-VIOLENCE").check();
        page.locator("#occurredOn").fill(java.time.LocalDate.now().minusDays(2).toString());
        page.locator("#municipality").selectOption("GM0090");
        page.locator("#description").fill("Werd agressief toen ik weigerde.");
        page.locator("#phone").fill("06 98 76 54 32");
        page.locator("#nickname").fill("Kees");
        page.locator("form button[type=submit]").last().click();
        assertThat(page.locator("main")).containsText("Dank je voor je melding");
        page.locator("form[action$='/portaal/uitloggen'] button").click();

        // the moderator publishes a masked alert
        UUID report = JdbcClient.create(careDataSource()).sql("SELECT id FROM support.incident_report WHERE member_id = :m")
                .param("m", reporter).query(UUID.class).single();
        TestActors.runAs(careWorker, () -> reports.publish(report, "GM0090", Severity.HIGH,
                "Agressieve klant in Drachten.", EnumSet.of(Kind.PHONE, Kind.NICKNAME)));

        // another member sees it and checks the number
        login(readerName);
        assertAccessible();
        page.locator("main a[href*='/portaal/mijn/waarschuwingen/']").first().click();
        assertThat(page.locator(".alert-card")).containsText("06-98****32");
        assertThat(page.locator(".alert-card")).containsText("K***");
        assertThat(page.locator("main")).not().containsText("98765432");
        assertAccessible();
        page.locator("nav a[href$='/portaal/mijn/check']").click();
        page.locator("#phone").fill("+31698765432");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#check-answer")).containsText("1 waarschuwing");
        assertAccessible();
        for (String own : List.of("/portaal/mijn/bijeenkomsten", "/portaal/mijn/tips", "/portaal/mijn/klankbord",
                "/portaal/mijn/account", "/portaal/mijn/melden")) {
            open(own);
            assertThat(page.locator("h1")).hasCount(1);
            assertAccessible();
        }
        assertThat(foreignRequests()).isEmpty();

        // an inspector is refused by every support service
        var inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
        List<Runnable> calls = List.of(() -> members.forVerification(), () -> members.verify(reader),
                () -> reports.queue(), () -> reports.detail(report), () -> reports.forPolice(report));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> TestActors.runAs(inspector, call)).isInstanceOf(AccessDeniedException.class);
        }
    }

    private void signUpInBrowser(String name) {
        open("/portaal/aanmelden");
        page.locator("#workingName").fill(name);
        page.locator("#password").fill("een-lang-wachtwoord");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Je account is gemaakt");
    }

    private void login(String name) {
        open("/portaal/inloggen");
        page.locator("#workingName").fill(name);
        page.locator("#password").fill("een-lang-wachtwoord");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Mijn berichten");
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(frl.ienline.platform.CareCompartmentDatabase.DATA_SOURCE)
    javax.sql.DataSource care;

    private javax.sql.DataSource careDataSource() {
        return care;
    }

    private UUID idOf(String workingName) {
        return JdbcClient.create(care).sql("SELECT id FROM support.member WHERE working_name = :n").param("n", workingName)
                .query(UUID.class).single();
    }

    /** Appends the measured weight to target/portal-page-weight.txt (for docs/benchmarks.md). */
    private static void recordWeight(String page, long bytes) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "portal-page-weight.txt"), page + " " + bytes + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long bodySize(Response response) {
        try {
            return response.body().length;
        } catch (RuntimeException redirectOrNoBody) {
            return 0;
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5);
    }

    static List<String> pages() {
        return new ArrayList<>(PAGES);
    }
}
