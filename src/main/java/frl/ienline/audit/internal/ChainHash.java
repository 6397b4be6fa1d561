package frl.ienline.audit.internal;

import frl.ienline.platform.logchain.ChainKeys;
import frl.ienline.platform.logchain.ChainMac;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An entry's MAC, chained to the one before it: for form 2 {@code HMAC-SHA256(key of key_id, previous as
 * 32 raw bytes || canonical form)}, for the unkeyed form 1 {@code SHA-256(previous || canonical form)}; 64
 * lowercase hex digits. The first entry chains from {@link #GENESIS}.
 */
public final class ChainHash {

    /** The fixed "previous hash" of entry 1: 32 zero bytes. */
    public static final String GENESIS = ChainMac.GENESIS;

    private ChainHash() {
    }

    /**
     * The MAC of {@code entry} chained to {@code previousHash}; empty when the entry is keyed with a key
     * {@code keys} does not hold.
     *
     * @throws IllegalArgumentException when {@code previousHash} is not 64 hex digits or the entry's format is unknown
     */
    public static Optional<String> of(String previousHash, AccessLogEntry entry, ChainKeys keys) {
        byte[] canonical = CanonicalForm.of(entry).getBytes(StandardCharsets.UTF_8);
        if (!entry.keyed()) {
            return Optional.of(ChainMac.unkeyed(previousHash, canonical));
        }
        return keys.key(entry.keyId()).map(key -> ChainMac.keyed(key, previousHash, canonical));
    }

    /** The hash of an entry in the unkeyed form 1 (kept for the entries written before the chain key). */
    public static String unkeyed(String previousHash, AccessLogEntry entry) {
        if (entry.keyed()) {
            throw new IllegalArgumentException("Entry " + entry.seq() + " is keyed");
        }
        return ChainMac.unkeyed(previousHash, CanonicalForm.of(entry).getBytes(StandardCharsets.UTF_8));
    }
}
