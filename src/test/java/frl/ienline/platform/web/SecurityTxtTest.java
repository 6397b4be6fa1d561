package frl.ienline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SecurityTxtTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T10:15:00Z"), ZoneOffset.UTC);

    @Test
    void aConfiguredExpiryIsServedAsItIs() {
        String body = new SecurityTxt(CLOCK, "https://ienline.example/melden-kwetsbaarheid", "2027-06-30T00:00:00+02:00",
                Duration.ofDays(180), "https://ienline.example/SECURITY.md", "nl, en")
                .securityTxt(new MockHttpServletRequest()).getBody();
        assertThat(body).contains("Contact: https://ienline.example/melden-kwetsbaarheid\n",
                "Expires: 2027-06-29T22:00:00Z\n", "Policy: https://ienline.example/SECURITY.md\n");
    }

    @Test
    void withoutADateItExpiresAPeriodFromToday() {
        String body = new SecurityTxt(CLOCK, "mailto:security@ienline.example", "", Duration.ofDays(180), "", "nl, en")
                .securityTxt(new MockHttpServletRequest()).getBody();
        assertThat(body).contains("Expires: 2027-06-06T00:00:00Z\n").doesNotContain("Policy:");
    }

    @Test
    void anUnreadableDateStopsTheStartWithItsName() {
        assertThatThrownBy(() -> new SecurityTxt(CLOCK, "mailto:a@b.example", "30-06-2027", Duration.ofDays(1), "", "nl"))
                .hasMessageContaining("ienline.security-txt.expires");
    }
}
