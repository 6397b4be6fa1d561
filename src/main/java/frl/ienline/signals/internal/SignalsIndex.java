package frl.ienline.signals.internal;

import frl.ienline.platform.crypto.BlindIndex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The blind indexes of signals on the key kit (ADR 0012): phone numbers, pseudonyms and addresses, each with its
 * own purpose and carrying its key id, so the blind index key rotates like the data keys (review L14). The
 * anonymous reporters' follow-up secret is hashed under the ring's separate reference key, which never rotates:
 * rotating the blind index key no longer invalidates every reporter's code.
 */
final class SignalsIndex {

    private static final Pattern PRE_KIT_HASH = Pattern.compile("[0-9a-f]{64}");

    private final BlindIndex index;

    SignalsIndex(BlindIndex index) {
        this.index = index;
    }

    BlindIndex kit() {
        return index;
    }

    /** For a phone number already in E.164 form. */
    String phone(String e164) {
        return index.of("phone", e164);
    }

    /** A phone number's index under every configured key: what a search looks for during a rotation. */
    List<String> phoneCandidates(String e164) {
        return index.candidates("phone", e164);
    }

    String pseudonym(String pseudonym) {
        return index.of("pseudonym", BlindIndex.normaliseText(pseudonym));
    }

    String address(String address) {
        String normalised = BlindIndex.normaliseText(address);
        return normalised.isEmpty() ? null : index.of("address", normalised);
    }

    /** A keyed hash of a follow-up code under the reference key, so the database never holds the code. */
    String secret(String code) {
        return index.reference("followup-secret", normaliseSecret(code));
    }

    /**
     * Whether {@code code} is the secret stored as {@code stored}: under the reference key, or — for a report made
     * before the kit — the hex HMAC under the old blind index key (id b0), while that key is configured.
     */
    boolean secretMatches(String stored, String code) {
        if (stored == null || code == null) {
            return false;
        }
        if (equal(stored, secret(code))) {
            return true;
        }
        return PRE_KIT_HASH.matcher(stored).matches() && index.candidates("secret", normaliseSecret(code)).stream()
                .anyMatch(candidate -> equal(candidate.substring(candidate.indexOf('.') + 1), stored));
    }

    private static String normaliseSecret(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
