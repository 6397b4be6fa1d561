package frl.ienline.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who the client is (ADR 0013): the connection's address as Tomcat reports it
 * (behind a trusted proxy that is the forwarded client, see {@code TrustedProxies}), an IPv6 address
 * reduced to its /64 (one subscriber gets a whole /64), then an HMAC under a key from the environment.
 * The address itself is never returned, stored or logged; this is the only class that reads it.
 *
 * <p>The same key also turns other throttle keys (user names, phone numbers, references) into
 * pseudonyms, so a throttle table never holds what someone typed.
 */
@Component
public class ClientKeys {

    private static final Logger log = LoggerFactory.getLogger(ClientKeys.class);
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    ClientKeys(@Value("${ienline.client-key.secret:}") String secret, @Value("${ienline.production:false}") boolean production) {
        this.key = new SecretKeySpec(load(secret, production), "HmacSHA256");
    }

    /** The key of the request's client: "c." and 32 hex digits. */
    public String of(HttpServletRequest request) {
        return "c." + mac("client", prefix(request.getRemoteAddr()));
    }

    /** A pseudonym of {@code value} for throttle keys of one use ("login-user", "verify-phone" …). */
    public String hashed(String use, String value) {
        return use + "." + mac(use, value == null ? "" : value);
    }

    /** The part of an address that identifies one client: IPv4 whole, IPv6 its first 64 bits. */
    static String prefix(String address) {
        String plain = address == null ? "" : address.strip();
        int zone = plain.indexOf('%');
        plain = zone >= 0 ? plain.substring(0, zone) : plain;
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        if (!IP_LITERAL.matcher(plain).matches()) {
            return plain; // not an IP literal (never resolved: no DNS look-up for a key)
        }
        try {
            InetAddress parsed = InetAddress.getByName(plain); // a literal: parsed, not looked up
            if (parsed instanceof Inet6Address) {
                byte[] bytes = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return plain;
        }
    }

    private String mac(String use, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((use + "\u0000").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] load(String secret, boolean production) {
        if (secret == null || secret.isBlank()) {
            if (production) {
                throw new IllegalStateException("ienline.production=true needs IENLINE_CLIENT_KEY_SECRET (base64 of at least"
                        + " 32 random bytes): the key that turns client addresses into throttle keys (docs/operations.md)");
            }
            log.info("No IENLINE_CLIENT_KEY_SECRET: throttle keys use a random key for this process (development only)");
            byte[] random = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(random);
            return random;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("IENLINE_CLIENT_KEY_SECRET is not base64");
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("IENLINE_CLIENT_KEY_SECRET must hold at least " + MIN_KEY_BYTES
                    + " bytes; it holds " + bytes.length);
        }
        return bytes;
    }
}
