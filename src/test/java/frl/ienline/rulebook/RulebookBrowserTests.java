package frl.ienline.rulebook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import frl.ienline.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The rulebook page as a signed-in demo officer sees it: the active version and a diff, accessible. */
@TestPropertySource(properties = "ienline.demo.enabled=true")
class RulebookBrowserTests extends BrowserTest {

    @Test
    void officerReadsTheActiveRulebookAndComparesTwoVersions() {
        open("/login");
        page.locator("#username").fill("demo.vergunningen");
        page.locator("#password").fill("demo-ienline");
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/app");
        assertAccessible();

        page.locator("nav.main-nav a[href='/app/regelset']").click();
        page.waitForURL("**/app/regelset");
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.locator("main")).containsText("Leeuwarden");
        assertThat(page.locator("main")).containsText("GM0080");
        assertAccessible();

        open("/app/regelset?van=2026.1&naar=2027.1");
        assertThat(page.locator("main")).containsText("2027.1");
        assertAccessible();
    }
}
