package frl.ienline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the real application on a random port and Debian's Chromium driven by
 * Playwright (never a downloaded browser). One browser per test class, a fresh context per test.
 * {@link #assertAccessible()} runs axe-core with the WCAG 2.2 AA rule set (and best practices);
 * {@link #foreignRequests()} lists every request that went to another host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;
    private final List<String> requestedUrls = new CopyOnWriteArrayList<>();

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("ienline.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        page = context.newPage();
        requestedUrls.clear();
        page.onRequest(request -> requestedUrls.add(request.url()));
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    /** Zero axe-core violations (WCAG 2.2 AA and best practices) on the current page. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe violations on " + page.url() + ":\n" + violations.stream()
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Requests of this test that went to a host other than the application's own. */
    protected List<String> foreignRequests() {
        return requestedUrls.stream().filter(u -> !u.startsWith("data:") && !u.startsWith("about:"))
                .filter(u -> {
                    String host = URI.create(u).getHost();
                    return host != null && !host.equals("localhost") && !host.equals("127.0.0.1");
                }).toList();
    }
}
