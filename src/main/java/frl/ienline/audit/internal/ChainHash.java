package frl.ienline.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code hash = SHA-256(previous hash as 32 raw bytes || UTF-8 of the canonical form)}, written as 64
 * lowercase hex digits. The first entry chains from {@link #GENESIS}.
 */
public final class ChainHash {

    /** The fixed "previous hash" of entry 1: 32 zero bytes. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private ChainHash() {
    }

    /**
     * The hash of {@code entry} chained to {@code previousHash}.
     *
     * @throws IllegalArgumentException when {@code previousHash} is not 64 hex digits or the entry's format is unknown
     */
    public static String of(String previousHash, AccessLogEntry entry) {
        byte[] previous = HEX.parseHex(previousHash);
        if (previous.length != 32) {
            throw new IllegalArgumentException("A previous hash has 32 bytes, not " + previous.length);
        }
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(CanonicalForm.of(entry).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
