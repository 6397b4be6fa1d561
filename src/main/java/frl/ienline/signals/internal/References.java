package frl.ienline.signals.internal;

import frl.ienline.signals.SignalReference;
import java.security.SecureRandom;

/** Random references and follow-up codes in Crockford's base32 (no I, L, O, U: easy to read out by phone). */
final class References {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {
    }

    static SignalReference newReference() {
        return new SignalReference("SIG-" + random(8));
    }

    /** 20 characters = 100 bits: the anonymous reporter's secret, shown once, stored only as a keyed hash. */
    static String newSecret() {
        String s = random(20);
        return s.substring(0, 5) + "-" + s.substring(5, 10) + "-" + s.substring(10, 15) + "-" + s.substring(15);
    }

    static String normaliseSecret(String raw) {
        return raw == null ? "" : raw.replaceAll("[^0-9A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
