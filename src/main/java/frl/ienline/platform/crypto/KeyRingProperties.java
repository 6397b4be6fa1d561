package frl.ienline.platform.crypto;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code ienline.<module>.crypto.*} holds; in production every part comes from the environment, e.g. for
 * support:
 *
 * <pre>
 * IENLINE_SUPPORT_CRYPTO_KEYS_K1=&lt;base64 of 32 random bytes&gt;      data keys by id
 * IENLINE_SUPPORT_CRYPTO_CURRENT_KEY_ID=k1
 * IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_B1=&lt;base64, at least 32 bytes&gt;
 * IENLINE_SUPPORT_CRYPTO_CURRENT_BLIND_INDEX_KEY_ID=b1
 * IENLINE_SUPPORT_CRYPTO_REFERENCE_KEY=&lt;base64, at least 32 bytes&gt;  only modules that make stable references
 * </pre>
 *
 * @param keys                   data key id → base64 of 32 bytes
 * @param currentKeyId           the data key new values are encrypted with
 * @param blindIndexKeys         blind index key id → base64 of at least 32 bytes
 * @param currentBlindIndexKeyId the key new blind indexes are made with
 * @param blindIndexKey          the single blind index key of before the kit (signals); it is key {@value #LEGACY_BLIND_INDEX_KEY_ID}
 * @param referenceKey           base64 of at least 32 bytes; never rotated
 * @param keyDirectory           where development keys are generated outside production (default {@code ienline.crypto.key-directory}, else {@code data/keys})
 */
public record KeyRingProperties(Map<String, String> keys, String currentKeyId, Map<String, String> blindIndexKeys,
        String currentBlindIndexKeyId, String blindIndexKey, String referenceKey, Path keyDirectory) {

    /** The id under which a single pre-kit blind index key ({@code blind-index-key}) is known. */
    public static final String LEGACY_BLIND_INDEX_KEY_ID = "b0";

    public KeyRingProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        blindIndexKeys = blindIndexKeys == null ? Map.of() : Map.copyOf(blindIndexKeys);
        currentKeyId = blankToNull(currentKeyId);
        currentBlindIndexKeyId = blankToNull(currentBlindIndexKeyId);
        blindIndexKey = blankToNull(blindIndexKey);
        referenceKey = blankToNull(referenceKey);
    }

    static KeyRingProperties empty() {
        return new KeyRingProperties(null, null, null, null, null, null, null);
    }

    /** Blind index keys by id, with the pre-kit single key as {@value #LEGACY_BLIND_INDEX_KEY_ID}. */
    Map<String, String> allBlindIndexKeys() {
        if (blindIndexKey == null || blindIndexKeys.containsKey(LEGACY_BLIND_INDEX_KEY_ID)) {
            return blindIndexKeys;
        }
        var all = new java.util.TreeMap<>(blindIndexKeys);
        all.put(LEGACY_BLIND_INDEX_KEY_ID, blindIndexKey);
        return all;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() { // never the key material
        return "KeyRingProperties[keys=" + keys.keySet() + ", current=" + currentKeyId + ", blindIndexKeys="
                + allBlindIndexKeys().keySet() + ", currentBlindIndex=" + currentBlindIndexKeyId + ", referenceKey="
                + (referenceKey != null) + ", keyDirectory=" + keyDirectory + "]";
    }
}
