package frl.ienline.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import frl.ienline.BrowserTest;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The policy advisor's journey in a real browser, on the demo's five years of history, with zero axe violations
 * and nothing loaded from elsewhere on every page: the regional dashboard with its map and charts, two
 * municipalities compared, the uniformity monitor, one municipality's dashboard, and the council report
 * downloaded and read back.
 */
@TestPropertySource(properties = "ienline.demo.enabled=true")
class ReportingJourneyBrowserTests extends BrowserTest {

    /** Screenshots of each page of the journey land in target/ (reporting-1.png …), for a person to look at. */
    private int shots;

    private void checked() {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "reporting-" + (++shots) + ".png")));
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    @Test
    void thePolicyAdvisorReadsTheDashboardsComparesTwoMunicipalitiesAndDownloadsTheCouncilReport() throws Exception {
        open("/login");
        page.getByLabel("Gebruikersnaam").fill("demo.beleid");
        page.getByLabel("Wachtwoord").fill("demo-ienline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
        page.waitForLoadState();

        page.getByLabel("Hoofdmenu").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Rapportage").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.locator("h1")).hasText("Rapportage regio Fryslân");
        assertThat(page.locator("svg[aria-labelledby='kaart-title kaart-desc']")).isVisible();
        assertThat(page.locator("#kaart-tabel")).containsText("Leeuwarden");
        assertThat(page.locator("#reeks-heading")).containsText("Verloop");
        checked();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Twee gemeenten vergelijken")).click();
        page.waitForLoadState();
        page.getByLabel("Eerste gemeente").selectOption("GM0080");
        page.getByLabel("Tweede gemeente").selectOption("GM0072");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();
        page.waitForLoadState();
        assertThat(page.locator("#vergelijking thead")).containsText("Leeuwarden");
        assertThat(page.locator("#vergelijking thead")).containsText("Harlingen");
        assertThat(page.locator("#vergelijking tbody tr").first()).containsText("Aanvragen ontvangen");
        checked();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uniformiteitsmonitor")).click();
        page.waitForLoadState();
        assertThat(page.locator("#monitor tbody tr")).hasCount(18);
        checked();

        open("/app/rapportage/gemeenten/GM0072");
        assertThat(page.locator("h1")).hasText("Rapportage Harlingen");
        checked();

        open("/app/rapportage");
        page.locator("#rapport-gemeente").selectOption("GM0080");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Raadsrapportage downloaden (PDF)")).click());
        assertThat(download.suggestedFilename()).startsWith("raadsrapportage-GM0080-");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Raadsrapportage sekswerk Leeuwarden", "Toelichting", "Het aantal aanvragen ontvangen",
                    "Uniformiteit in de regio", "Harlingen");
        }
    }
}
