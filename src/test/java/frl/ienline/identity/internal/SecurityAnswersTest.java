package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SecurityAnswersTest {

    @Test
    void deniedCareCompartmentPathsReachTheEnforcementLogWithoutIds() {
        assertThat(SecurityAnswers.loggablePath(new MockHttpServletRequest("GET",
                "/app/ondersteuning/meldingen/3f2b8c1e-0000-4000-8000-000000000001"))).isEqualTo("/app/ondersteuning/…");
        assertThat(SecurityAnswers.loggablePath(new MockHttpServletRequest("GET", "/app/ondersteuning")))
                .isEqualTo("/app/ondersteuning/…");
        assertThat(SecurityAnswers.loggablePath(new MockHttpServletRequest("GET", "/app/ondersteuningen")))
                .isEqualTo("/app/ondersteuningen");
    }

    @Test
    void otherDeniedPathsKeepTheirIdForTheAuditor() {
        assertThat(SecurityAnswers.loggablePath(new MockHttpServletRequest("POST",
                "/app/vergunningen/aanvragen/3f2b8c1e-0000-4000-8000-000000000001")))
                .isEqualTo("/app/vergunningen/aanvragen/3f2b8c1e-0000-4000-8000-000000000001");
    }
}
