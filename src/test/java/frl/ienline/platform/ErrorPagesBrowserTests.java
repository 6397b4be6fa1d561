package frl.ienline.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Error pages are pages too: one heading, the layout, zero axe violations, in both languages. */
@TestPropertySource(properties = "ienline.demo.enabled=true")
class ErrorPagesBrowserTests extends BrowserTest {

    @Test
    void notFoundAndForbiddenPagesAreAccessible() {
        open("/login");
        page.locator("#username").fill("demo.toezicht");
        page.locator("#password").fill("demo-ienline");
        page.locator("main button[type=submit]").click();
        page.waitForURL("**/app");

        var notFound = page.navigate(url("/app/bestaat-niet"));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(page.locator("h1")).containsText("404");
        assertAccessible();

        var forbidden = page.navigate(url("/app/beheer/gebruikers?lang=en"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(page.locator("h1")).containsText("403");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible();
    }
}
