package frl.ienline.signals.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;

/**
 * Keyed HMAC-SHA256 over a normalised value, so equal phone numbers, pseudonyms or addresses can be found
 * without storing them readable. Without the key the index reveals nothing, not even by guessing all
 * Dutch mobile numbers. Each kind of value has its own domain prefix.
 */
final class BlindIndex {

    private final Keyring keyring;

    BlindIndex(Keyring keyring) {
        this.keyring = keyring;
    }

    /** For a phone number already in E.164 form. */
    String phone(String e164) {
        return mac("phone", e164);
    }

    String pseudonym(String pseudonym) {
        return mac("pseudonym", normaliseText(pseudonym));
    }

    String address(String address) {
        String normalised = normaliseText(address);
        return normalised.isEmpty() ? null : mac("address", normalised);
    }

    /** A keyed hash of a secret follow-up code, so the database never holds the code. */
    String secret(String code) {
        return mac("secret", code.strip().toUpperCase(Locale.ROOT));
    }

    /** Lower case, no accents, punctuation and runs of spaces folded: "Hoofdstraat 1-A" = "hoofdstraat 1a". */
    static String normaliseText(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceAll("(?<=\\p{N}) (?=\\p{L}\\b)", "");
    }

    private String mac(String domain, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keyring.blindIndexKey());
            mac.update((domain + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }
}
