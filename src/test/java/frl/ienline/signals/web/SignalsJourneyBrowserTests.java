package frl.ienline.signals.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import frl.ienline.BrowserTest;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The signals journey in a real browser, with zero axe violations on every page: an inspector registers a
 * signal from a control, the region's coordinator triages it, refers it to CoMensha with consent recorded
 * and downloads the recipient's summary, and a second signal about the same phone is proposed as a
 * duplicate. Both sign in through the real login page as the demo accounts
 * {@code demo.toezicht} and {@code demo.coordinator}; there is no separate signal-coordinator role, the
 * region's team coordinator triages (ADR 0009).
 */
@TestPropertySource(properties = "ienline.demo.enabled=true")
class SignalsJourneyBrowserTests extends BrowserTest {

    static final String DEMO_PASSWORD = "demo-ienline";
    static final Pattern REFERENCE = Pattern.compile("SIG-[0-9A-Z]{8}");

    @Autowired
    Clock clock;
    private final List<BrowserContext> signedInContexts = new ArrayList<>();

    @AfterEach
    void closeSignedInContexts() {
        signedInContexts.forEach(BrowserContext::close);
        signedInContexts.clear();
    }

    /** Signs in on a fresh browser context of its own and answers its page (first login: TOTP enrolment). */
    private Page signInAs(String username) {
        BrowserContext own = context.browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        signedInContexts.add(own);
        Page signedIn = own.newPage();
        page = signedIn;
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(DEMO_PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForLoadState();
        if (page.url().endsWith("/login/tweede-factor/instellen")) { // when demo accounts must enrol a second factor
            String secret = page.locator("#totp-secret").textContent();
            page.locator("#code").fill(totp(secret.replaceAll("\\s", ""), clock.instant()));
            page.locator("main button[type=submit]").click();
            page.waitForURL("**/login/herstelcodes");
            page.locator("main a.button").click();
        }
        page.waitForURL("**/app");
        assertThat(page.locator("main")).containsText("Signalen");
        return signedIn;
    }

    /** RFC 6238 with the identity module's parameters (HMAC-SHA1, 30 s, 6 digits), for the test only. */
    static String totp(String base32, Instant now) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toUpperCase(java.util.Locale.ROOT).replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(bytes.toByteArray(), "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(now.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0xf;
            int value = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", value % 1_000_000);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String register(String controlId, String phone, String pseudonym) {
        open("/app/signalen/nieuw?controle=" + controlId);
        assertThat(page.locator("h1")).hasText("Signaal registreren");
        assertThat(page.locator("#controlId")).hasValue(controlId);
        assertAccessible();
        page.locator("#observation").fill("Vrouw werd door een man gebracht en opgehaald; hij hield haar paspoort.");
        page.locator("#municipality").selectOption("GM0080");
        page.locator("#locationType").selectOption("HOTEL");
        page.locator("#person0-pseudonym").fill(pseudonym);
        page.locator("#person0-age").fill("18-21");
        page.locator("#phones").fill(phone);
        page.locator("#indicator-NO_ACCESS_TO_OWN_ID").check();
        page.locator("#note-NO_ACCESS_TO_OWN_ID").fill("Man hield het paspoort in zijn jaszak");
        page.locator("#indicator-BROUGHT_OR_PICKED_UP").check();
        page.locator("main form button[type=submit]").click();
        Matcher reference = REFERENCE.matcher(page.locator(".notice--ok").textContent());
        assertThat(reference.find()).isTrue();
        assertAccessible();
        return reference.group();
    }

    @Test
    void inspectorRegistersCoordinatorTriagesRefersToCoMenshaAndDuplicatesAreProposed() throws Exception {
        Page inspector = signInAs("demo.toezicht");
        String first = register("CTRL-2026-0042", "06 11 22 33 44", "Bianca");
        assertThat(page.locator("table")).containsText(first);

        Page coordinator = signInAs("demo.coordinator");
        open("/app/signalen");
        assertAccessible();
        page.locator("a", new Page.LocatorOptions().setHasText(first)).click();
        assertThat(page.locator("h1")).hasText("Signaal " + first);
        assertThat(page.locator("body")).containsText("CTRL-2026-0042");
        assertAccessible();
        page.locator("button", new Page.LocatorOptions().setHasText("Triage starten")).click();
        assertThat(page.locator("dl.facts")).containsText("In triage");

        page.locator("a.button", new Page.LocatorOptions().setHasText("Doorverwijzen")).click();
        assertThat(page.locator("h1")).containsText("doorverwijzen");
        assertAccessible();
        page.locator("#recipient-COMENSHA").check();
        page.locator("#field-PERSONS").check();
        page.locator("#field-INDICATORS").check();
        page.locator("#legalBasis").selectOption("CONSENT");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).containsText("toestemming"); // consent not yet recorded
        assertAccessible();
        page.locator("#consent-GIVEN").check();
        page.locator("main form button[type=submit]").click();

        assertThat(page.locator(".notice--ok")).containsText("De verstrekking is vastgelegd");
        assertThat(page.locator("dl.facts")).containsText("Doorverwezen");
        assertThat(page.locator(".share-row")).containsText("CoMensha");
        assertThat(page.locator(".share-row")).containsText("Toestemming van de betrokkene gegeven");
        assertAccessible();
        Download download = page.waitForDownload(() -> page.locator(".notice--ok a").click());
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains(first).contains("Bianca").contains("CoMensha")
                .contains("Heeft geen toegang tot eigen identiteitsbewijs")
                .doesNotContain("paspoort in zijn jaszak").doesNotContain("hield haar paspoort")
                .doesNotContain("+31611223344");

        open("/app/signalen/verstrekkingen");
        assertThat(page.locator("table")).containsText(first);
        assertAccessible();

        page = inspector;
        String second = register("CTRL-2026-0043", "+31 6 11223344", "Roza");

        page = coordinator;
        open("/app/signalen");
        page.locator("a", new Page.LocatorOptions().setHasText(second)).click();
        assertThat(page.locator(".duplicates")).containsText(first);
        assertThat(page.locator(".duplicates")).containsText("zelfde telefoonnummer");
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    @Test
    void theAnonymousFormIsAccessibleInEveryPortalLanguageAndGivesAReference() {
        for (String lang : new String[] {"nl", "en", "ro", "bg", "hu", "es", "pl"}) {
            open("/melden?lang=" + lang);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.locator("h1")).hasCount(1);
            assertAccessible();
        }
        open("/melden?lang=nl");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".error-summary")).isVisible();
        // one form pattern: the title says there are errors and the focus is on the summary
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
        assertThat(page.locator(".error-summary")).isFocused();
        assertAccessible();
        page.locator("#observation").fill("Ik zag drie jonge vrouwen die door één man werden gebracht.");
        page.locator("#municipality").selectOption("GM0090");
        page.locator("#phone").fill("06 98 76 54 31");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#reference")).containsText("SIG-");
        String reference = page.locator("#reference").textContent();
        String secret = page.locator("#secret").textContent();
        assertAccessible();
        page.reload(); // post/redirect/get: a reload never sends the report again; it shows the form
        assertThat(page.locator("#reference")).hasCount(0);
        assertThat(page.locator("#observation")).isVisible();
        open("/melden/aanvullen");
        assertAccessible();
        page.locator("#reference").fill(reference);
        page.locator("#secret").fill(secret);
        page.locator("#text").fill("Ze kwamen terug met een busje.");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Uw aanvulling is ontvangen");
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    @Test
    void theAnonymousFormHasAQuickExitThatStaysOnAPhoneAndLeavesNothingBehindTheBackButton() {
        page.route("**/*", route -> {
            if (route.request().url().startsWith(url(""))) {
                route.resume();
            } else {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                        .setContentType("text/html").setBody("<html lang=\"nl\"><title>Weer</title><h1>Weer</h1></html>"));
            }
        });
        page.setViewportSize(390, 844);
        open("/melden?lang=ro");
        assertThat(page.title()).doesNotContainIgnoringCase("trafic").doesNotContainIgnoringCase("abuz");
        assertThat(page.locator("#snel-weg")).hasText("Ieșiți rapid");
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
        var box = page.locator("#snel-weg").boundingBox();
        assertThat(box.y).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).isLessThanOrEqualTo(844);
        page.locator("main a[href*='/melden/aanvullen']").click();
        page.waitForURL("**/melden/aanvullen");
        page.locator("#snel-weg").click();
        page.waitForURL(u -> !u.startsWith(url("")));
        page.goBack();
        assertThat(page.url()).doesNotContain("/melden");
        assertThat(foreignRequests()).isNotEmpty().allMatch(u -> u.contains("knmi.nl"));
    }
}
