package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * H5: the prod profile behind a TLS proxy. Tomcat takes {@code X-Forwarded-For}/{@code -Proto} from the
 * trusted proxy (here 127.0.0.1) only: then HSTS is sent and throttles key on the forwarded client. The
 * same headers from an untrusted address (127.0.0.2) are ignored. Real sockets, since the proxy handling
 * is Tomcat's, not MockMvc's; a throw-away embedded database stands in for the external one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "IENLINE_TRUSTED_PROXIES=127.0.0.1")
@ActiveProfiles({"prod", "prodtest"})
class BehindTheProxyTests {

    static final String TRUSTED = "127.0.0.1";
    static final String UNTRUSTED = "127.0.0.2";

    @LocalServerPort
    int port;

    record Response(int status, Map<String, String> headers, String body) {
    }

    @Test
    void hstsIsSentWhenTheTrustedProxySaysHttpsAndOnlyThen() throws IOException {
        Response viaProxy = send(TRUSTED, "GET /login HTTP/1.0", Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-For", "198.51.100.1"), null);
        assertThat(viaProxy.status()).isEqualTo(200);
        assertThat(viaProxy.headers()).containsKey("strict-transport-security");

        Response spoofed = send(UNTRUSTED, "GET /login HTTP/1.0", Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-For", "198.51.100.1"), null);
        assertThat(spoofed.status()).isEqualTo(200);
        assertThat(spoofed.headers()).as("an untrusted sender cannot claim https").doesNotContainKey("strict-transport-security");
    }

    @Test
    void throttlesKeyOnTheForwardedClientAndIgnoreForwardedHeadersFromOthers() throws IOException {
        Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.7");
        Session session = session(TRUSTED, proxied);
        for (int i = 0; i < 5; i++) {
            assertThat(login(TRUSTED, proxied, session, "spray" + i).status()).isEqualTo(401);
        }
        Response throttled = login(TRUSTED, proxied, session, "spray5");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isPositive();
        assertThat(throttled.body()).contains("Probeer het over");

        Map<String, String> otherClient = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.8");
        assertThat(login(TRUSTED, otherClient, session(TRUSTED, otherClient), "spray6").status())
                .as("another client behind the same proxy has its own budget").isEqualTo(401);

        Session untrusted = session(UNTRUSTED, proxied);
        assertThat(login(UNTRUSTED, proxied, untrusted, "spray7").status())
                .as("X-Forwarded-For from an untrusted address is ignored: its own address is the key").isEqualTo(401);
    }

    // ---- a tiny HTTP/1.0 client on a chosen local address ------------------------------------------------

    record Session(String cookie, String csrf) {
    }

    Session session(String from, Map<String, String> headers) throws IOException {
        Response page = send(from, "GET /login HTTP/1.0", headers, null);
        String cookie = page.headers().getOrDefault("set-cookie", "");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return new Session(cookie.substring(0, cookie.indexOf(';')), token.group(1));
    }

    Response login(String from, Map<String, String> headers, Session session, String username) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Cookie", session.cookie());
        all.put("Content-Type", "application/x-www-form-urlencoded");
        String form = "username=" + username + "&password=wrong-password-1&_csrf="
                + URLEncoder.encode(session.csrf(), StandardCharsets.UTF_8);
        return send(from, "POST /login HTTP/1.0", all, form);
    }

    Response send(String from, String requestLine, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName(TRUSTED), port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String raw = all.toString(StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, String> parsed = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                parsed.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), parsed, raw.substring(end + 4));
        }
    }

    static {
        assertThat(Base64.getDecoder().decode("cHJveHktdGVzdC1rZXktcHJveHktdGVzdC1rZXktMTIzNDU2")).hasSizeGreaterThanOrEqualTo(32);
    }
}
