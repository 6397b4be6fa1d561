package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect login against a real OIDC server started in the test (no.nav mock-oauth2-server): two
 * providers, one for the municipality of Leeuwarden (GM0080) and one for the care organisation Fier. An
 * account is found only by the (issuer, subject) bound to it, bound once through an administrator's
 * one-time link, and only by a provider that may speak for the account's organisation (review H4, §7.9).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.gemeente.client-id=ienline-test",
        "spring.security.oauth2.client.registration.gemeente.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.gemeente.client-name=Gemeente Leeuwarden",
        "spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
        "spring.security.oauth2.client.registration.zorg.client-id=ienline-test",
        "spring.security.oauth2.client.registration.zorg.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.zorg.client-name=Fier",
        "spring.security.oauth2.client.registration.zorg.scope=openid,profile",
        "ienline.identity.oidc.providers.gemeente.organisations=GM0080",
        "ienline.identity.oidc.providers.zorg.organisations=FIER"})
@Import({StaffFixtures.class, OidcBindingTests.AccessEvents.class})
class OidcBindingTests {

    static final MockOAuth2Server IDP = new MockOAuth2Server();

    static {
        IDP.start();
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.gemeente.issuer-uri", () -> IDP.issuerUrl("leeuwarden").toString());
        registry.add("spring.security.oauth2.client.provider.zorg.issuer-uri", () -> IDP.issuerUrl("fier").toString());
    }

    @AfterAll
    static void stop() {
        IDP.shutdown();
    }

    /** Every access-log event, from whichever thread served the request. */
    @TestComponent
    static class AccessEvents {
        final Queue<AccessEvent> seen = new ConcurrentLinkedQueue<>();

        @EventListener
        void on(AccessEvent event) {
            seen.add(event);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    StaffUsers users;
    @Autowired
    AccountLinks links;
    @Autowired
    AccessEvents accessLog;

    final HttpClient idpBrowser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void clearLog() {
        accessLog.seen.clear();
    }

    static String issuer(String id) {
        return IDP.issuerUrl(id).toString();
    }

    /** Signs in through a registration whose provider answers with this subject and claims; the app's last redirect. */
    String login(HttpSession browser, String registration, String issuerId, String subject, Map<String, Object> claims) {
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of("ienline-test"), claims, 3600));
        HttpResponse<String> start = browser.get("/oauth2/authorization/" + registration);
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.headers().firstValue("location").orElseThrow();
        assertThat(authorize).startsWith(issuer(issuerId));
        String callback = atTheProvider(authorize);
        HttpResponse<String> back = browser.get(callback.replaceFirst("^https?://[^/]+", ""));
        assertThat(back.statusCode()).isEqualTo(302);
        return HttpSession.location(back);
    }

    /** The provider's authorization endpoint (no login form: it answers at once) redirects back with a code. */
    String atTheProvider(String authorize) {
        try {
            HttpResponse<String> answer = idpBrowser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("location").orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> mfa(String preferredUsername) {
        return Map.of("amr", List.of("pwd", "mfa"), "preferred_username", preferredUsername);
    }

    StaffFixtures.Account boundAccount(Role role, String organisation, String issuerId, String subject, String... municipalities) {
        StaffFixtures.Account account = fixtures.newAccount("oidc", role, organisation, municipalities);
        users.bindOidc(account.user().id(), new OidcIdentity(issuer(issuerId), subject), java.time.Instant.now());
        return account;
    }

    String bindingLink(StaffFixtures.Account account) {
        return links.issue(account.user().id(), AccountLinks.Purpose.IDP, UUID.randomUUID(), UUID.randomUUID()).token();
    }

    @Test
    void aBoundIdentitySignsInAsItsAccountAndTheLoginIsLogged() {
        String subject = "sub-" + UUID.randomUUID();
        StaffFixtures.Account account = boundAccount(Role.INSPECTOR, "GM0080", "leeuwarden", subject, "GM0080");
        HttpSession browser = new HttpSession(port);

        assertThat(login(browser, "gemeente", "leeuwarden", subject, mfa("whatever.name"))).isEqualTo("/app");
        assertThat(browser.get("/app").body()).contains("Welkom, " + account.user().displayName());
        assertThat(accessLog.seen).anySatisfy(e -> {
            assertThat(e.result()).isEqualTo(AccessEvent.Result.ALLOWED);
            assertThat(e.actorId()).isEqualTo(account.user().id());
            assertThat(e.purpose()).isEqualTo("oidc-login:gemeente");
        });
    }

    @Test
    void aMatchingNameClaimWithAnotherSubjectIsRefused() {
        StaffFixtures.Account account = boundAccount(Role.INSPECTOR, "GM0080", "leeuwarden", "sub-" + UUID.randomUUID(), "GM0080");
        HttpSession browser = new HttpSession(port);

        String landing = login(browser, "gemeente", "leeuwarden", "sub-someone-else", mfa(account.username()));

        assertThat(landing).isEqualTo(OidcLogin.REFUSED);
        assertThat(browser.get("/app").statusCode()).isEqualTo(302);
        assertThat(accessLog.seen).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(AccessEvent.Result.DENIED);
            assertThat(e.purpose()).isEqualTo("oidc-login-refused:not-bound");
            assertThat(e.actorId()).isNull();
        });
    }

    @Test
    void theFirstLoginThroughAnAdministratorsLinkBindsTheIdentityOnce() {
        StaffFixtures.Account account = fixtures.newAccount("tobind", Role.LICENSING_OFFICER, "GM0080", "GM0080");
        String token = bindingLink(account);
        String subject = "sub-" + UUID.randomUUID();
        HttpSession browser = new HttpSession(port);

        HttpResponse<String> page = browser.get(AccountLinkController.BIND + "/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Koppelen via Gemeente Leeuwarden").doesNotContain("Koppelen via Fier");
        HttpResponse<String> chosen = browser.post(AccountLinkController.BIND + "/" + token, Map.of("registration", "gemeente"));
        assertThat(HttpSession.location(chosen)).isEqualTo("/oauth2/authorization/gemeente");
        IDP.enqueueCallback(new DefaultOAuth2TokenCallback("leeuwarden", subject, "JWT", List.of("ienline-test"),
                mfa("anything"), 3600));
        String authorize = browser.get("/oauth2/authorization/gemeente").headers().firstValue("location").orElseThrow();
        HttpResponse<String> back = browser.get(atTheProvider(authorize).replaceFirst("^https?://[^/]+", ""));

        assertThat(HttpSession.location(back)).isEqualTo("/app");
        assertThat(users.byId(account.user().id()).orElseThrow().oidc())
                .isEqualTo(new OidcIdentity(issuer("leeuwarden"), subject));
        assertThat(accessLog.seen).extracting(AccessEvent::purpose).contains("oidc-bind:gemeente", "oidc-login:gemeente");
        assertThat(new HttpSession(port).get(AccountLinkController.BIND + "/" + token).statusCode())
                .as("the link works once").isEqualTo(404);

        assertThat(login(new HttpSession(port), "gemeente", "leeuwarden", subject, mfa("x"))).isEqualTo("/app");
    }

    @Test
    void aProviderOfAnotherOrganisationCannotSignInOrBindAnAccountOfLeeuwarden() {
        String subject = "sub-" + UUID.randomUUID();
        StaffFixtures.Account leeuwarden = boundAccount(Role.INSPECTOR, "GM0080", "fier", subject, "GM0080");

        // review §7 test 9: registration B (Fier) with the identity bound to an account of organisation A
        assertThat(login(new HttpSession(port), "zorg", "fier", subject, mfa(leeuwarden.username())))
                .isEqualTo(OidcLogin.REFUSED);
        assertThat(accessLog.seen).singleElement().satisfies(e -> {
            assertThat(e.purpose()).isEqualTo("oidc-login-refused:organisation-not-allowed");
            assertThat(e.objectId()).isEqualTo(leeuwarden.user().id().toString());
        });

        // and a binding link of a Leeuwarden account cannot be used through Fier
        StaffFixtures.Account unbound = fixtures.newAccount("tobind", Role.INSPECTOR, "GM0080", "GM0080");
        String token = bindingLink(unbound);
        HttpSession browser = new HttpSession(port);
        browser.get(AccountLinkController.BIND + "/" + token);
        assertThat(browser.post(AccountLinkController.BIND + "/" + token, Map.of("registration", "zorg")).statusCode())
                .isEqualTo(400);
        assertThat(users.byId(unbound.user().id()).orElseThrow().oidc()).isNull();
    }

    @Test
    void aTokenFromTheOtherProvidersIssuerDoesNotMatchABindingOfTheFirst() {
        String subject = "sub-" + UUID.randomUUID();
        boundAccount(Role.INSPECTOR, "GM0080", "leeuwarden", subject, "GM0080");

        assertThat(login(new HttpSession(port), "zorg", "fier", subject, mfa("x"))).isEqualTo(OidcLogin.REFUSED);
        assertThat(accessLog.seen).extracting(AccessEvent::purpose).containsExactly("oidc-login-refused:not-bound");
    }

    @Test
    void withoutMultiFactorAssertionNobodySignsIn() {
        String subject = "sub-" + UUID.randomUUID();
        boundAccount(Role.INSPECTOR, "GM0080", "leeuwarden", subject, "GM0080");

        assertThat(login(new HttpSession(port), "gemeente", "leeuwarden", subject, Map.of("amr", List.of("pwd"))))
                .isEqualTo(OidcLogin.REFUSED);
        assertThat(accessLog.seen).extracting(AccessEvent::purpose).containsExactly("oidc-login-refused:no-mfa");
    }
}
