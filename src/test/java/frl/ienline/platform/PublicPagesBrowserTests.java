package frl.ienline.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicPagesBrowserTests extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=en", "/privacy", "/privacy?lang=en", "/toegankelijkheid"})
    void publicPagesAreAccessibleAndLoadNothingFromElsewhere(String path) {
        open(path);
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void homeExplainsIenlineInDutchByDefault() {
        open("/");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).containsText("Eén lijn");
        page.getByText("English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).containsText("One line");
    }
}
