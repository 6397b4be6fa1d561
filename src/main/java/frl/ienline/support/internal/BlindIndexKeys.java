package frl.ienline.support.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC keys of the compartment's blind indexes by id: the current one indexes new rows, the others only
 * find rows written under them until the re-index job ({@link BlindIndexRotation}) has moved those rows.
 * The same idea as the signals keyring, kept in the compartment because support may not depend on signals.
 */
record BlindIndexKeys(String currentId, Map<String, SecretKeySpec> keys) {

    static final Pattern KEY_ID = Pattern.compile("[a-z0-9-]{1,32}");

    BlindIndexKeys {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("support.keys has no blind index key");
        }
        for (String id : keys.keySet()) {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Invalid blind index key id '" + id + "': use a-z, 0-9 and '-', at most 32");
            }
        }
        if (currentId == null || !keys.containsKey(currentId)) {
            throw new IllegalArgumentException("The current blind index key '" + currentId + "' is not among " + keys.keySet());
        }
        keys = Map.copyOf(new TreeMap<>(keys));
    }

    SecretKeySpec current() {
        return keys.get(currentId);
    }

    Set<String> ids() {
        return new java.util.TreeSet<>(keys.keySet());
    }

    @Override
    public String toString() {
        return "BlindIndexKeys[current=" + currentId + ", ids=" + ids() + "]"; // never the key material
    }
}
