package frl.ienline.platform.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The keys of one module, never stored in the database: AES-256 data keys by id (the current one encrypts new
 * values, the others only decrypt until {@link Reencryption} has moved their rows), HMAC keys of the blind
 * indexes by id (likewise: the current one indexes new rows, the others only find old rows until the re-index
 * has moved them) and an optional reference key for stable keyed references that never rotate (such as the
 * member references of the care log).
 *
 * <p>Key ids are lower-case letters, digits and '-' (at most 32), so they fit the stored forms
 * {@code v1.<key id>.<...>} and environment variable names ({@code IENLINE_SUPPORT_CRYPTO_KEYS_K2} is id
 * {@code k2}). Data keys are exactly 32 bytes, HMAC keys at least 32 bytes. {@link #toString()} never shows
 * key material.
 */
public final class KeyRing {

    /** A module name: the {@code <module>} of {@code ienline.<module>.crypto} and of the associated data. */
    public static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]{1,31}");
    /** A key id. */
    public static final Pattern KEY_ID = Pattern.compile("[a-z0-9-]{1,32}");

    private final String module;
    private final String currentKeyId;
    private final Map<String, byte[]> dataKeys;
    private final String currentBlindIndexKeyId;
    private final Map<String, byte[]> blindIndexKeys;
    private final byte[] referenceKey;

    private KeyRing(String module, String currentKeyId, Map<String, byte[]> dataKeys, String currentBlindIndexKeyId,
            Map<String, byte[]> blindIndexKeys, byte[] referenceKey) {
        if (module == null || !MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("Invalid module name for a key ring: '" + module + "'");
        }
        this.module = module;
        this.dataKeys = checked(module, "data key", dataKeys, true);
        boolean noBlindIndex = currentBlindIndexKeyId == null && (blindIndexKeys == null || blindIndexKeys.isEmpty());
        this.blindIndexKeys = noBlindIndex ? Map.of() : checked(module, "blind index key", blindIndexKeys, false);
        if (currentKeyId == null || !this.dataKeys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("The current " + module + " key id '" + currentKeyId
                    + "' is not among the data keys " + this.dataKeys.keySet());
        }
        if (!noBlindIndex && (currentBlindIndexKeyId == null || !this.blindIndexKeys.containsKey(currentBlindIndexKeyId))) {
            throw new IllegalArgumentException("The current " + module + " blind index key id '" + currentBlindIndexKeyId
                    + "' is not among the blind index keys " + this.blindIndexKeys.keySet());
        }
        if (referenceKey != null && referenceKey.length < 32) {
            throw new IllegalArgumentException("The " + module + " reference key must have at least 32 bytes, not "
                    + referenceKey.length);
        }
        this.currentKeyId = currentKeyId;
        this.currentBlindIndexKeyId = currentBlindIndexKeyId;
        this.referenceKey = referenceKey == null ? null : referenceKey.clone();
    }

    /**
     * A key ring from raw keys.
     *
     * @param module                 the module, e.g. {@code support}; part of every ciphertext's associated data
     * @param currentKeyId           the data key new values are encrypted with
     * @param dataKeys               key id → 32 bytes (AES-256)
     * @param currentBlindIndexKeyId the HMAC key new blind indexes are made with ({@code null} with no blind index keys:
     *                               a module without blind indexes)
     * @param blindIndexKeys         key id → at least 32 bytes (HMAC-SHA256)
     * @param referenceKey           at least 32 bytes, or {@code null} when the module makes no stable references
     */
    public static KeyRing of(String module, String currentKeyId, Map<String, byte[]> dataKeys, String currentBlindIndexKeyId,
            Map<String, byte[]> blindIndexKeys, byte[] referenceKey) {
        return new KeyRing(module, currentKeyId, dataKeys, currentBlindIndexKeyId, blindIndexKeys, referenceKey);
    }

    /** The same keys with another current data key: the first half of a rotation (the re-encryption is the second). */
    public KeyRing withCurrentKey(String keyId) {
        return new KeyRing(module, keyId, dataKeys, currentBlindIndexKeyId, blindIndexKeys, referenceKey);
    }

    /**
     * The same keys plus one more data key that only decrypts (never current unless made so): how a module brings in
     * a key of before the kit under its old id, e.g. identity's TOTP key under the id its ciphertexts carry.
     */
    public KeyRing withReadOnlyKey(String keyId, byte[] key) {
        Map<String, byte[]> all = new TreeMap<>(dataKeys);
        if (all.putIfAbsent(keyId, key) != null && !Arrays.equals(all.get(keyId), key)) {
            throw new IllegalArgumentException("The " + module + " key id '" + keyId + "' is configured twice with different keys");
        }
        return new KeyRing(module, currentKeyId, all, currentBlindIndexKeyId, blindIndexKeys, referenceKey);
    }

    /** The same keys with another current blind index key. */
    public KeyRing withCurrentBlindIndexKey(String keyId) {
        return new KeyRing(module, currentKeyId, dataKeys, keyId, blindIndexKeys, referenceKey);
    }

    public String module() {
        return module;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return Collections.unmodifiableSet(dataKeys.keySet());
    }

    public String currentBlindIndexKeyId() {
        return currentBlindIndexKeyId;
    }

    public Set<String> blindIndexKeyIds() {
        return Collections.unmodifiableSet(blindIndexKeys.keySet());
    }

    public boolean hasReferenceKey() {
        return referenceKey != null;
    }

    byte[] dataKey(String id) {
        byte[] key = dataKeys.get(id);
        if (key == null) {
            throw new UndecryptableValue("The " + module + " data key '" + id + "' is not configured; keep an old key"
                    + " until the re-encryption job has moved its rows");
        }
        return key;
    }

    Map<String, byte[]> dataKeys() {
        return dataKeys;
    }

    Map<String, byte[]> blindIndexKeys() {
        return blindIndexKeys;
    }

    byte[] referenceKey() {
        if (referenceKey == null) {
            throw new IllegalStateException("The " + module + " key ring has no reference key");
        }
        return referenceKey;
    }

    /** Base64 (standard or URL alphabet, padding optional) to bytes; the message names the key, never the value. */
    static byte[] decode(String module, String what, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("The " + module + " " + what + " is empty");
        }
        try {
            return Base64.getDecoder().decode(base64.strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + module + " " + what + " is not valid base64");
        }
    }

    private static Map<String, byte[]> checked(String module, String what, Map<String, byte[]> keys, boolean aes) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("The " + module + " key ring has no " + what);
        }
        Map<String, byte[]> copy = new TreeMap<>();
        keys.forEach((id, key) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Invalid " + module + " " + what + " id '" + id
                        + "': use a-z, 0-9 and '-', at most 32");
            }
            if (key == null || (aes ? key.length != 32 : key.length < 32)) {
                throw new IllegalArgumentException("The " + module + " " + what + " '" + id + "' must be "
                        + (aes ? "exactly 32 bytes (AES-256)" : "at least 32 bytes") + ", not "
                        + (key == null ? 0 : key.length));
            }
            copy.put(id, key.clone());
        });
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRing ring && module.equals(ring.module) && currentKeyId.equals(ring.currentKeyId)
                && currentBlindIndexKeyId.equals(ring.currentBlindIndexKeyId) && sameKeys(dataKeys, ring.dataKeys)
                && sameKeys(blindIndexKeys, ring.blindIndexKeys) && Arrays.equals(referenceKey, ring.referenceKey);
    }

    private static boolean sameKeys(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(id -> Arrays.equals(a.get(id), b.get(id)));
    }

    @Override
    public int hashCode() {
        return module.hashCode() * 31 + currentKeyId.hashCode();
    }

    @Override
    public String toString() { // never the key material
        return "KeyRing[" + module + ", current=" + currentKeyId + ", keys=" + dataKeys.keySet() + ", blind index current="
                + currentBlindIndexKeyId + ", blind index keys=" + blindIndexKeys.keySet() + ", reference key="
                + (referenceKey != null) + "]";
    }
}
