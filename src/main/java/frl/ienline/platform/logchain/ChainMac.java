package frl.ienline.platform.logchain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The link of a chain: {@code HMAC-SHA256(key, previous as 32 raw bytes || canonical text)} for keyed
 * entries, and the plain {@code SHA-256(previous || canonical text)} of the access log's first, unkeyed
 * form (kept to verify the entries written before the key). Written as 64 lowercase hex digits. Without
 * the key, nobody with database rights alone can write an entry that verifies.
 */
public final class ChainMac {

    /** The "previous" of the first entry: 32 zero bytes. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private ChainMac() {
    }

    public static String keyed(byte[] key, String previous, byte[] canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(previousBytes(previous));
            return HEX.formatHex(mac.doFinal(canonical));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    public static String unkeyed(String previous, byte[] canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousBytes(previous));
            return HEX.formatHex(sha256.digest(canonical));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Compares two MACs in constant time; {@code null} never matches. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * @throws IllegalArgumentException when {@code previous} is not 64 hex digits
     */
    static byte[] previousBytes(String previous) {
        if (previous == null || previous.length() != 64) {
            throw new IllegalArgumentException("A previous MAC has 64 hex digits");
        }
        return HEX.parseHex(previous);
    }
}
