package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * D19: requests that never reach a controller — refused by Spring Security's firewall or by Tomcat itself —
 * still carry the security headers and answer through the application's error handling (its error page or
 * problem+json), never Spring Boot's default JSON nor Tomcat's own page. Raw sockets: an HTTP client would
 * normalise the very paths under test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RejectedRequestsTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/melden;jsessionid=x", "/app/%2e%2e/app/beheer", "/api/v1/vergunningen/%252e%252e",
            "/%00", "/app/a%2fb", "/melden%0a", "/portaal/%2e%2e/app", "/x%5cy"})
    void rejectedRequestsCarryTheSecurityHeadersAndTheApplicationsAnswer(String path) throws IOException {
        String response = raw(path);
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        List<String> problems = new ArrayList<>();
        if (!head.startsWith("http/1.1 4")) {
            problems.add("status: " + head.lines().findFirst().orElse(""));
        }
        for (String header : List.of("content-security-policy: ", "x-frame-options: deny", "x-content-type-options: nosniff",
                "cache-control: no-cache, no-store", "referrer-policy: ")) {
            if (!head.contains(header)) {
                problems.add("missing " + header);
            }
        }
        if (path.startsWith("/api/")) {
            if (!head.contains("content-type: application/problem+json")) {
                problems.add("not problem+json");
            }
        } else if (!body.contains("<main") || !body.contains("ienline")) {
            problems.add("not the application's error page: " + body.substring(0, Math.min(200, body.length())));
        }
        assertThat(body).doesNotContain("\"timestamp\"").doesNotContain("Apache Tomcat").doesNotContain("at org.");
        assertThat(problems).as(path + "\n" + response).isEmpty();
    }

    private String raw(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
