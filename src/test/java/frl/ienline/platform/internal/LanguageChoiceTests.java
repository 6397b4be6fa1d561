package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.LocaleResolver;

/**
 * L3/D14: choosing a language on the support portal or the anonymous report form leaves no language cookie
 * (the choice lives in the session); elsewhere the cookie stays, and is {@code Secure} in production.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageChoiceTests {

    @Autowired
    MockMvc mvc;

    @Test
    void thePortalAndTheReportFormKeepTheLanguageInTheSessionOnly() throws Exception {
        for (String[] visit : new String[][] {{"/portaal", "ro"}, {"/melden", "bg"}}) {
            MockHttpSession session = new MockHttpSession();
            MockHttpServletResponse chosen = mvc.perform(get(visit[0]).param("lang", visit[1]).session(session))
                    .andReturn().getResponse();
            assertThat(chosen.getHeaders("Set-Cookie")).as(visit[0]).noneMatch(h -> h.startsWith("IENLINE_LANG"));
            String next = mvc.perform(get(visit[0]).session(session)).andReturn().getResponse().getContentAsString();
            assertThat(next).as(visit[0]).containsPattern("<html[^>]*lang=\"" + visit[1] + "\"");
        }
        MockHttpServletResponse staff = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
        assertThat(staff.getHeaders("Set-Cookie")).anyMatch(h -> h.startsWith("IENLINE_LANG=en"));
    }

    @Test
    void theLanguageCookieIsSecureWhereTheSessionCookieIs() {
        LocaleResolver production = new WebConfiguration().localeResolver(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        production.setLocale(new MockHttpServletRequest("GET", "/"), response, Locale.ENGLISH);
        Cookie cookie = response.getCookie("IENLINE_LANG");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();

        MockHttpServletResponse portal = new MockHttpServletResponse();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portaal/mijn");
        production.setLocale(request, portal, Locale.of("ro"));
        assertThat(portal.getCookies()).isEmpty();
        MockHttpServletRequest later = new MockHttpServletRequest("GET", "/portaal");
        later.setSession(request.getSession());
        assertThat(production.resolveLocale(later)).isEqualTo(Locale.of("ro"));
    }
}
