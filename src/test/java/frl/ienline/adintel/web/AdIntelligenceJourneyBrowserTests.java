package frl.ienline.adintel.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import frl.ienline.BrowserTest;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The analyst's journey in a real browser, with zero axe violations on every page: sign in as the demo RIEC
 * analyst, import a generated file through the upload page, open the ad list and filter it, open an ad with its
 * highlighted text, its text cluster with template and slots, and its network with the mobility timeline and
 * the map of Fryslân.
 */
@TestPropertySource(properties = {"ienline.demo.enabled=true", "ienline.adintel.demo-ads=0"})
class AdIntelligenceJourneyBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void signInAsAnalyst() {
        context.clearCookies();
        visit("/login");
        page.getByLabel("Gebruikersnaam").fill("demo.riec");
        page.getByLabel("Wachtwoord").fill("demo-ienline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/app");
    }

    private void visit(String path) {
        open(path);
        checked();
    }

    /** The current page has one h1, no axe violations and loaded nothing from elsewhere. */
    private void checked() {
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    @Test
    void importOpenTheListAClusterAndItsNetwork() throws IOException {
        Path file = Files.createTempFile("ienline-journey-ads-", ".jsonl");
        Path truth = Files.createTempFile("ienline-journey-ads-", ".truth.csv");
        file.toFile().deleteOnExit();
        truth.toFile().deleteOnExit();
        new AdGenerator(GeneratorSettings.of(300, 42)).write(file, truth);

        signInAsAnalyst();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByText("Advertenties", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        page.waitForLoadState();
        checked();

        // ---- import through the upload page
        visit("/app/advertenties/import");
        page.locator("input[type=file]").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren").setExact(true)).click();
        page.waitForLoadState();
        checked();
        assertThat(page.locator("main")).containsText("Import opgeslagen");

        // ---- the list, filtered to ads without a licence number
        visit("/app/advertenties");
        assertThat(page.locator("#ad-results caption")).containsText("van 300");
        page.locator("#vergunning").selectOption("NO_LICENCE_NUMBER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter toepassen")).click();
        page.waitForURL("**vergunning=NO_LICENCE_NUMBER**");
        checked();
        assertThat(page.locator("#ad-results tbody tr").first()).containsText("Geen vergunningnummer");

        // ---- an ad of the biggest cluster that spans more than one municipality
        UUID adId = jdbc.sql("""
                SELECT a.id FROM adintel.ad a
                WHERE a.cluster_id = (SELECT cluster_id FROM adintel.ad WHERE cluster_id IS NOT NULL AND municipality IS NOT NULL
                                      GROUP BY cluster_id HAVING count(DISTINCT municipality) > 1
                                      ORDER BY count(*) DESC, cluster_id LIMIT 1)
                ORDER BY a.first_seen_at LIMIT 1""").query(UUID.class).single();
        visit("/app/advertenties/" + adId);
        assertThat(page.locator("#ad-text mark").first()).isVisible();
        assertThat(page.locator("#content-hash")).hasText(java.util.regex.Pattern.compile("[0-9a-f]{64}"));

        page.locator("#cluster-link").click();
        page.waitForLoadState();
        checked();
        assertThat(page.locator("h1")).containsText("Tekstcluster");
        assertThat(page.locator("#template .hl--slot").first()).isVisible();
        assertThat(page.locator("#slots tbody tr").first()).isVisible();

        page.locator("#network-link").click();
        page.waitForLoadState();
        checked();
        assertThat(page.locator("h1")).containsText("Netwerk");
        assertThat(page.locator("#mobility tbody tr").first()).isVisible();
        assertThat(page.locator("#events")).containsText("Nieuw in");
        assertThat(page.locator("svg[role=img] rect")).hasCount(18);
        assertThat(page.locator("svg .map-tile--seen").first()).isVisible();
        assertThat(page.locator("#presence tbody tr").first()).isVisible();

        // ---- the same in English
        page.navigate(page.url() + "?lang=en");
        checked();
        assertThat(page.locator("h1")).containsText("Network");
    }
}
