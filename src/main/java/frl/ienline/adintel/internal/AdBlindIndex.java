package frl.ienline.adintel.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 of an identifier found in an ad (the idea of the signals module's blind index, with ad
 * intelligence's own key): equal phone numbers or addresses get equal indexes, and without the key an index
 * reveals nothing, not even by trying every Dutch mobile number. Each kind has its own domain prefix.
 * Values must already be normalised (E.164, lowercase e-mail, canonical licence number).
 */
public final class AdBlindIndex {

    /** The development key of the embedded default configuration; production refuses it. */
    static final String DEVELOPMENT_KEY = "ZGV2ZWxvcG1lbnQtb25seS1hZGludGVsLWJsaW5kLWluZGV4LWtleQ==";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public AdBlindIndex(String base64Key) {
        Objects.requireNonNull(base64Key, "ienline.adintel.blind-index-key is not set");
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length < 32) {
            throw new IllegalArgumentException("ienline.adintel.blind-index-key must be at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }

    public String phone(String e164) {
        return mac("phone", e164);
    }

    public String email(String email) {
        return mac("email", email);
    }

    public String handle(String handle) {
        return mac("handle", handle);
    }

    public String licenceNumber(String number) {
        return mac("licence", number);
    }

    private String mac(String domain, String value) {
        Mac mac = macs.get();
        mac.update(domain.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) ':');
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
