package frl.ienline.signals.internal;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the signals module: AES-256 data keys by id (one of them current, used for new
 * ciphertext; the others only decrypt until the re-encryption job has moved their rows) and the key of
 * the blind index. Keys come from configuration or the environment, never from the database.
 */
record Keyring(String currentId, Map<String, SecretKey> dataKeys, SecretKey blindIndexKey) {

    static final java.util.regex.Pattern KEY_ID = java.util.regex.Pattern.compile("[a-z0-9-]{1,32}");

    Keyring {
        if (currentId == null || !dataKeys.containsKey(currentId)) {
            throw new IllegalArgumentException("The current signals key id '" + currentId + "' is not among the keys "
                    + dataKeys.keySet());
        }
        for (String id : dataKeys.keySet()) {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Invalid key id '" + id + "': use a-z, 0-9 and '-', at most 32");
            }
        }
        if (blindIndexKey == null) {
            throw new IllegalArgumentException("The signals blind index key is missing");
        }
        dataKeys = Map.copyOf(new TreeMap<>(dataKeys));
    }

    /** From base64 strings: 32-byte AES keys and a blind index key of at least 32 bytes. */
    static Keyring fromBase64(String currentId, Map<String, String> keys, String blindIndexKey) {
        Map<String, SecretKey> dataKeys = new TreeMap<>();
        keys.forEach((id, value) -> dataKeys.put(id, aesKey(id, value)));
        byte[] bik = decode("blind index key", blindIndexKey);
        if (bik.length < 32) {
            throw new IllegalArgumentException("The signals blind index key must have at least 32 bytes");
        }
        return new Keyring(currentId, dataKeys, new SecretKeySpec(bik, "HmacSHA256"));
    }

    SecretKey current() {
        return dataKeys.get(currentId);
    }

    SecretKey get(String id) {
        SecretKey key = dataKeys.get(id);
        if (key == null) {
            throw new IllegalStateException("Signals data key '" + id + "' is not configured; it is needed to decrypt"
                    + " rows written with it (keep old keys until the re-encryption job has run)");
        }
        return key;
    }

    /** The same keys with another current key: what rotation means. */
    Keyring rotatedTo(String newCurrentId) {
        return new Keyring(newCurrentId, dataKeys, blindIndexKey);
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes = decode("key " + id, base64);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("Signals data key '" + id + "' must be 32 bytes (AES-256), not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] decode(String what, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("The signals " + what + " is empty");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The signals " + what + " is not valid base64");
        }
    }

    @Override
    public String toString() {
        return "Keyring[current=" + currentId + ", ids=" + dataKeys.keySet() + "]"; // never the key material
    }
}
