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

    @org.junit.jupiter.api.Test
    void homeLeadsToEveryPublicServiceAndTheApiDocumentationOpensWithoutLogin() {
        open("/");
        for (String target : java.util.List.of("/vergunningen", "/aanvragen", "/melden", "/portaal", "/api/v1/docs")) {
            assertThat(page.locator("main a[href='" + target + "']")).hasCount(1);
        }
        var docs = page.navigate(url("/api/v1/docs"));
        assertThat(docs.status()).isEqualTo(200);
        assertThat(page.url()).doesNotContain("/login");
    }

    @org.junit.jupiter.api.Test
    void anUnknownPublicAddressIsAnAccessible404NotTheStaffLogin() {
        var response = page.navigate(url("/bestaat-niet"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.url()).doesNotContain("/login");
        assertThat(page.locator("h1")).containsText("404");
        assertAccessible();
    }
}
