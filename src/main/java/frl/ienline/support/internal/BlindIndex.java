package frl.ienline.support.internal;

/** A keyed blind index value with the id of the key that made it; both are stored per row. */
public record BlindIndex(String keyId, String value) {

    public BlindIndex {
        if (keyId == null || !BlindIndexKeys.KEY_ID.matcher(keyId).matches() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("A blind index needs a key id and a value");
        }
    }
}
