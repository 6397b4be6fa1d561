package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** RFC 9116 security.txt: public, plain text, Contact and a future Expires within a year, Canonical over https. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTxtTests {

    static final Pattern EXPIRES = Pattern.compile("(?m)^Expires: (\\S+)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void servedToAnyoneWithTheRequiredFields() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/.well-known/security.txt").secure(true).with(request -> {
            request.setScheme("https");
            request.setServerPort(443);
            return request;
        })).andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentType()).startsWith("text/plain");
        String body = answer.getContentAsString();
        assertThat(body).containsPattern("(?m)^Contact: (mailto:|https://)\\S+$")
                .containsPattern("(?m)^Preferred-Languages: nl, en$")
                .contains("Canonical: https://localhost/.well-known/security.txt");
        Matcher expires = EXPIRES.matcher(body);
        assertThat(expires.find()).isTrue();
        Instant until = Instant.parse(expires.group(1));
        assertThat(until).isAfter(clock.instant()).isBefore(clock.instant().plus(Duration.ofDays(366)));
    }
}
