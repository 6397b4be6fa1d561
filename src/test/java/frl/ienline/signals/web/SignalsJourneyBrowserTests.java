package frl.ienline.signals.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import frl.ienline.BrowserTest;
import frl.ienline.TestActors;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The signals journey in a real browser, with zero axe violations on every page: an inspector registers a
 * signal from a control, the region's coordinator triages it, refers it to CoMensha with consent recorded
 * and downloads the recipient's summary, and a second signal about the same phone is proposed as a
 * duplicate. Until the identity module's login is on this branch, staff sign in through a test-only filter.
 */
class SignalsJourneyBrowserTests extends BrowserTest {

    static final Actor INSPECTOR = TestActors.actor("TOEZICHT-FRL", Role.INSPECTOR, "GM0080", "GM0090");
    static final Actor COORDINATOR = TestActors.actor("SDF-SIGNALEN", Role.TEAM_COORDINATOR, "GM0080", "GM0090",
            "GM0074");
    static final Map<String, Actor> ACTORS = Map.of("inspector", INSPECTOR, "coordinator", COORDINATOR);
    static final Pattern REFERENCE = Pattern.compile("SIG-[0-9A-Z]{8}");

    /** Test-only sign-in: {@code /test-login/<who>} puts that actor into the session; never in main code. */
    @TestConfiguration
    static class TestLogin {
        @Bean
        FilterRegistrationBean<Filter> signalsTestLogin() {
            Filter filter = (request, response, chain) -> {
                HttpServletRequest http = (HttpServletRequest) request;
                if (http.getRequestURI().startsWith("/test-login/")) {
                    Actor actor = ACTORS.get(http.getRequestURI().substring("/test-login/".length()));
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(TestActors.authentication(actor));
                    http.getSession(true);
                    new HttpSessionSecurityContextRepository().saveContext(context, http, (HttpServletResponse) response);
                    ((HttpServletResponse) response).sendRedirect("/app/signalen");
                    return;
                }
                chain.doFilter(request, response);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/test-login/*");
            return registration;
        }
    }

    private void signInAs(String who) {
        open("/test-login/" + who);
        assertThat(page).hasURL(url("/app/signalen"));
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
        signInAs("inspector");
        String first = register("CTRL-2026-0042", "06 12 34 56 78", "Bianca");
        assertThat(page.locator("table")).containsText(first);

        signInAs("coordinator");
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
                .doesNotContain("+31612345678");

        open("/app/signalen/verstrekkingen");
        assertThat(page.locator("table")).containsText(first);
        assertAccessible();

        signInAs("inspector");
        String second = register("CTRL-2026-0043", "+31 6 12345678", "Roza");

        signInAs("coordinator");
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
        assertAccessible();
        page.locator("#observation").fill("Ik zag drie jonge vrouwen die door één man werden gebracht.");
        page.locator("#municipality").selectOption("GM0090");
        page.locator("#phone").fill("06 98 76 54 31");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#reference")).containsText("SIG-");
        String reference = page.locator("#reference").textContent();
        String secret = page.locator("#secret").textContent();
        assertAccessible();
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
}
