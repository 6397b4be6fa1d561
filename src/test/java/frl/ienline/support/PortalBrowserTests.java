package frl.ienline.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import frl.ienline.BrowserTest;
import frl.ienline.identity.internal.StaffLogins;
import frl.ienline.shared.Role;
import java.util.ArrayList;
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

/**
 * The public portal in a real browser: every page in every portal language without an axe violation,
 * with a quick exit, without a request to another host, and small enough for a cheap phone; and the
 * member journey from sign-up to a masked alert and a client check.
 */
@org.springframework.context.annotation.Import(StaffLogins.class)
class PortalBrowserTests extends BrowserTest {

    @Autowired
    StaffLogins staff;


    static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "hu", "es", "pl");
    static final List<String> PAGES = List.of("/portaal", "/portaal/info/rechten", "/portaal/info/hulp",
            "/portaal/info/gezondheid", "/portaal/info/veiligheid", "/portaal/info/uitstappen", "/portaal/info/anoniem-melden",
            "/portaal/tips", "/portaal/aanmelden", "/portaal/inloggen", "/portaal/bezwaar", "/portaal/bezwaar/ontvangen");
    /** A page with its stylesheets and script must stay below this on a cheap phone's connection. */
    static final int PAGE_WEIGHT_LIMIT = 60 * 1024;


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
        assertThat(page.locator(".page-fallback")).hasCount(0); // every page has its own text in every language
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
        assertThat(bytes.get()).as("bytes of %s incl. CSS and JS", path).isLessThan(PAGE_WEIGHT_LIMIT);
        recordWeight(path + "?lang=" + language, bytes.get());
    }

    @Test
    void aMissingTranslationFallsBackVisiblyToDutch() {
        // every seeded page is translated, so this test adds a page that exists only in Dutch, on purpose
        String slug = "test-" + suffix();
        JdbcClient.create(care).sql("INSERT INTO support.portal_page (slug, position, created_at) VALUES (:slug, 99, now())")
                .param("slug", slug).update();
        JdbcClient.create(care).sql("""
                INSERT INTO support.portal_page_version (id, slug, language, version, title, summary, body, status,
                    author_name, author_org, created_at)
                VALUES (gen_random_uuid(), :slug, 'nl', 1, 'Alleen in het Nederlands', 'Nog niet vertaald.', 'Tekst.',
                    'PUBLISHED', 'test', 'TEST', now())""").param("slug", slug).update();
        open("/portaal/info/" + slug + "?lang=pl");
        assertThat(page.locator(".page-fallback")).isVisible();
        assertThat(page.locator("h1")).hasAttribute("lang", "nl");
        assertAccessible();
        open("/portaal/info/gezondheid?lang=pl");
        assertThat(page.locator(".page-fallback")).hasCount(0);
        assertThat(page.locator("h1")).hasText("Zdrowie");
    }

    @Test
    void anEditorAddsAHelpOrganisationThroughAccessibleScreensAndTheHelpPageShowsItAfterReview() {
        staffLogin(staff.enrolled("redactie", Role.CARE_WORKER, "FIER", "GM0080"));
        open("/app/ondersteuning/organisaties");
        assertAccessible();
        page.locator("main a[href$='/app/ondersteuning/organisaties/nieuw']").click();
        assertAccessible();
        page.locator("#name").fill("Inloop Zuid " + suffix());
        page.locator("#phone").fill("bel ons");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isVisible();
        assertThat(page.locator(".error-summary a[href='#phone']")).isVisible();
        assertThat(page.locator(".error-summary a[href='#description-nl']")).isVisible();
        assertAccessible();
        String name = page.locator("#name").inputValue();
        page.locator("#address").fill("Zuidvliet 1, Leeuwarden");
        page.locator("#phone").fill("058 111 22 33");
        page.locator("#hours").fill("vr 13.00–16.00");
        page.locator("#language-nl").check();
        page.locator("#language-hu").check();
        page.locator("#description-nl").fill("Inloop met koffie en een verpleegkundige.");
        page.locator("#description-hu").fill("Nyitott délután kávéval és ápolóval.");
        page.locator("#submit").check();
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("De wijziging is opgeslagen.");
        assertAccessible();
        page.locator("form[action$='/logout'] button").click();

        staffLogin(staff.enrolled("tweede", Role.CARE_WORKER, "FIER", "GM0080"));
        open("/app/ondersteuning/organisaties");
        page.locator("main article", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))
                .locator("form[action$='/goedkeuren'] button").click();
        assertThat(page.locator("main table")).containsText(name);
        page.locator("form[action$='/logout'] button").click();

        open("/portaal/info/hulp?lang=hu");
        assertThat(page.locator("main")).containsText(name);
        assertThat(page.locator("main p[lang=hu]", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Nyitott délután"))).isVisible();
        assertAccessible();
    }

    @Test
    void theRightsPageShowsTheRulebookFacts() {
        open("/portaal/info/rechten?lang=en");
        assertThat(page.locator("dl.facts")).containsText("21 years");
        assertThat(page.locator("dl.facts")).containsText("Penalty order");
        assertThat(page.locator("dl.facts")).containsText("12 months");
    }

    /** Every request to another host answers with a stand-in weather page (the test never leaves the machine). */
    private void standInForTheNeutralPage() {
        page.route("**/*", route -> {
            if (route.request().url().startsWith(url(""))) {
                route.resume();
            } else {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                        .setContentType("text/html").setBody("<html lang=\"nl\"><title>Weer</title><h1>Weer</h1></html>"));
            }
        });
    }

    @Test
    void afterTheQuickExitBackShowsNoPortalPage() {
        standInForTheNeutralPage();
        open("/portaal");
        page.locator("nav.main-nav a[href$='/portaal/aanmelden']").click();
        page.waitForURL("**/portaal/aanmelden");
        page.locator("footer a[href$='/portaal/tips']").click();
        page.waitForURL("**/portaal/tips");
        page.locator("#snel-weg").click();
        page.waitForURL(u -> !u.startsWith(url("")));
        page.goBack();
        assertThat(page.url()).doesNotContain("/portaal");
        page.goBack();
        assertThat(page.url()).doesNotContain("/portaal");
    }

    @Test
    void shiftThreeTimesLeavesButEscapeDoesNot() {
        standInForTheNeutralPage();
        open("/portaal/inloggen");
        page.locator("#workingName").fill("Half geschreven");
        page.keyboard().press("Escape");
        page.keyboard().press("Shift");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("Shift");
        assertThat(page.url()).endsWith("/portaal/inloggen");
        assertThat(page.locator("#workingName")).hasValue("Half geschreven");
        page.keyboard().press("End");
        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.keyboard().press("Shift");
        page.waitForURL(u -> !u.startsWith(url("")));
        page.goBack();
        assertThat(page.url()).doesNotContain("/portaal");
    }

    @Test
    void onAPhoneTheQuickExitStaysOnScreenWhileScrolling() {
        page.setViewportSize(390, 844);
        for (String path : List.of("/portaal/info/rechten", "/portaal/aanmelden")) {
            open(path);
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
            assertThat(((Number) page.evaluate("window.scrollY")).doubleValue()).as(path + " scrolls").isGreaterThan(0);
            var box = page.locator("#snel-weg").boundingBox();
            assertThat(box.y).as(path).isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as(path).isLessThanOrEqualTo(844);
            assertThat(page.locator("#snel-weg")).isVisible();
        }
    }

    @Test
    void pageTitlesAreNeutralInEveryLanguage() {
        for (String language : LANGUAGES) {
            for (String path : List.of("/portaal/info/uitstappen", "/portaal/info/anoniem-melden", "/portaal/tips")) {
                open(path + "?lang=" + language);
                assertThat(page.title().toLowerCase(java.util.Locale.ROOT)).as(path + " in " + language)
                        .doesNotContain("seks").doesNotContain("sex").doesNotContain("klant").doesNotContain("steunpunt");
            }
        }
        open("/portaal/info/uitstappen?lang=nl");
        assertThat(page.title()).isEqualTo("Informatie");
    }

    @Test
    void memberJourneyFromSignUpToAMaskedAlertAndACheck() {
        String reporterName = "Iris" + suffix();
        String readerName = "Jade" + suffix();
        signUpInBrowser(reporterName);
        signUpInBrowser(readerName);

        // a care worker signs in (password and second factor) and verifies both
        staffLogin(staff.enrolled("zorg", Role.CARE_WORKER, "FIER", "GM0080", "GM0090"));
        open("/app/ondersteuning/leden");
        assertAccessible();
        for (String name : List.of(reporterName, readerName)) {
            page.locator("button[aria-label='" + name + " verifiëren']").click();
            assertThat(page.locator("main")).containsText("Het lid is geverifieerd.");
        }
        page.locator("form[action$='/logout'] button").click();

        // the reporter reports an incident
        login(reporterName);
        page.locator("nav a[href$='/portaal/mijn/melden']").click();
        assertAccessible();
        page.locator("#cat-VIOLENCE").check();
        page.locator("#occurredOn").fill(java.time.LocalDate.now().minusDays(2).toString());
        page.locator("#municipality").selectOption("GM0090");
        page.locator("#description").fill("Werd agressief toen ik weigerde.");
        page.locator("#phone").fill("06 98 76 54 32");
        page.locator("#nickname").fill("Kees");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Dank je voor je melding");
        page.locator("form[action$='/portaal/uitloggen'] button").click();

        // the moderator publishes a masked alert
        staffLogin(staff.enrolled("moderator", Role.CARE_WORKER, "FIER", "GM0080", "GM0090"));
        open("/app/ondersteuning/meldingen");
        assertAccessible();
        page.locator("main table a").first().click();
        assertThat(page.locator("main")).containsText("Werd agressief toen ik weigerde.");
        assertAccessible();
        page.locator("#region").selectOption("GM0090");
        page.locator("#severity").selectOption("HIGH");
        page.locator("#summary").fill("Agressieve klant in Drachten.");
        page.locator("form[action$='/publiceren'] button").click();
        assertThat(page.locator("main")).containsText("De waarschuwing is gepubliceerd");
        page.locator("form[action$='/logout'] button").click();

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
        page.locator("form[action$='/portaal/uitloggen'] button").click();

        // an inspector's account is refused every support page
        staffLogin(staff.enrolled("inspecteur", Role.INSPECTOR, "GM0080", "GM0080"));
        UUID alert = JdbcClient.create(care).sql("SELECT id FROM support.alert ORDER BY published_at DESC LIMIT 1")
                .query(UUID.class).single();
        UUID report = JdbcClient.create(care).sql("SELECT report_id FROM support.alert WHERE id = :a").param("a", alert)
                .query(UUID.class).single();
        for (String path : List.of("/app/ondersteuning", "/app/ondersteuning/leden", "/app/ondersteuning/meldingen",
                "/app/ondersteuning/meldingen/" + report, "/app/ondersteuning/meldingen/" + report + "/politie",
                "/app/ondersteuning/meldingen/nieuw", "/app/ondersteuning/waarschuwingen", "/app/ondersteuning/bezwaren",
                "/app/ondersteuning/paginas", "/app/ondersteuning/paginas/start/nl", "/app/ondersteuning/bijeenkomsten",
                "/app/ondersteuning/tips", "/app/ondersteuning/klankbord", "/app/ondersteuning/contacten",
                "/app/ondersteuning/toegangslog")) {
            Response refused = page.navigate(url(path));
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(page.locator("main")).not().containsText("Agressieve klant");
        }
        assertThat(page.navigate(url("/portaal/mijn")).url()).endsWith("/portaal/inloggen");
        assertThat(page.locator("nav.main-nav")).not().containsText("Ondersteuning");
    }

    private void staffLogin(StaffLogins.Login login) {
        open("/login");
        page.locator("#username").fill(login.username());
        page.locator("#password").fill(login.password());
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/login/tweede-factor");
        page.locator("#code").fill(login.code().get());
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/app");
    }

    private void signUpInBrowser(String name) {
        open("/portaal/aanmelden");
        page.locator("#workingName").fill(name);
        page.locator("#password").fill("een-lang-wachtwoord");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Als deze werknaam nog vrij was, is je account nu gemaakt");
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
