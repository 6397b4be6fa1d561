package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OpenID Connect switched on by configuration (endpoints given explicitly, so nothing is fetched): the login
 * page offers the provider, and the authorization request asks for MFA with acr_values.
 */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.gemeente.client-id=ienline-test",
        "spring.security.oauth2.client.registration.gemeente.client-secret=not-a-secret",
        "spring.security.oauth2.client.registration.gemeente.client-name=Gemeente Testdorp",
        "spring.security.oauth2.client.registration.gemeente.scope=openid,profile",
        "spring.security.oauth2.client.registration.gemeente.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.gemeente.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.gemeente.authorization-uri=https://idp.example.invalid/auth",
        "spring.security.oauth2.client.provider.gemeente.token-uri=https://idp.example.invalid/token",
        "spring.security.oauth2.client.provider.gemeente.jwk-set-uri=https://idp.example.invalid/jwks",
        "spring.security.oauth2.client.provider.gemeente.user-name-attribute=sub",
        "ienline.identity.oidc.acr-values=urn:example:loa:substantial",
        "ienline.identity.oidc.providers.gemeente.organisations=GM0080",
        "ienline.identity.oidc.providers.gemeente.issuer=https://idp.example.invalid"})
@AutoConfigureMockMvc
class OidcLoginTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersTheConfiguredProvider() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Inloggen met Gemeente Testdorp").contains("href=\"/oauth2/authorization/gemeente\"");
    }

    @Test
    void theAuthorizationRequestAsksForMultiFactorAuthentication() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/gemeente")).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("https://idp.example.invalid/auth?").contains("client_id=ienline-test")
                .contains("acr_values=urn:example:loa:substantial").contains("scope=openid%20profile");
    }

    @Test
    void aFailedProviderLoginReturnsToTheLoginPageWithoutSayingWhy() throws Exception {
        String location = mvc.perform(get("/login/oauth2/code/gemeente").param("code", "x").param("state", "unknown"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/login?oidc=geweigerd");
        assertThat(mvc.perform(get("/login?oidc=geweigerd")).andReturn().getResponse().getContentAsString())
                .contains("Inloggen via uw organisatie is niet gelukt");
    }
}
