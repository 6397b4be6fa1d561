package frl.ienline.register.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The secret an online applicant gets once, with the reference, to follow the application up without an
 * account: 16 random characters (about 79 bits). Only its SHA-256 is stored; with that much entropy and a
 * rate-limited login a slow password hash adds nothing (ADR 0008).
 */
public final class FollowUpCode {

    private final String value;

    private FollowUpCode(String value) {
        this.value = value;
    }

    public static FollowUpCode random(SecureRandom random) {
        return new FollowUpCode(ApplicationReference.chars(random, 4) + "-" + ApplicationReference.chars(random,
                4) + "-"
                + ApplicationReference.chars(random, 4) + "-" + ApplicationReference.chars(random, 4));
    }

    /** The code as shown to the applicant, once. */
    public String reveal() {
        return value;
    }

    public byte[] hash() {
        return hashOf(value);
    }

    /** Whether what the applicant typed (any case, with or without dashes and spaces) hashes to {@code stored}. */
    public static boolean matches(String typed, byte[] stored) {
        if (typed == null || stored == null) {
            return false;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.length() != 16) {
            return false;
        }
        String canonical = compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8,
                12) + "-"
                + compact.substring(12);
        return MessageDigest.isEqual(hashOf(canonical), stored);
    }

    private static byte[] hashOf(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "FollowUpCode[hidden]";
    }
}
