package frl.ienline.adintel.engine.snapshot;

import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * An image of an ad by its hashes: the SHA-256 of the file (exact copies) and optionally a 64-bit
 * difference hash (dHash) for near copies such as re-encoded or resized photos.
 *
 * @param sha256 64 lowercase hex digits
 * @param dhash 16 lowercase hex digits, or {@code null} when the source gave none
 */
public record ImageRef(String sha256, String dhash) {

    public ImageRef {
        if (!lowerHex(sha256, 64)) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
        if (dhash != null && !lowerHex(dhash, 16)) {
            throw new IllegalArgumentException("dhash must be 16 lowercase hex digits");
        }
    }

    private static boolean lowerHex(String value, int length) {
        if (value == null || value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Accepts upper- or lowercase hex and stores lowercase. */
    public static ImageRef of(String sha256, String dhash) {
        return new ImageRef(sha256 == null ? null : sha256.toLowerCase(Locale.ROOT),
                dhash == null ? null : dhash.toLowerCase(Locale.ROOT));
    }

    /** The dHash as 64 bits, if present. */
    public OptionalLong dhashBits() {
        return dhash == null ? OptionalLong.empty() : OptionalLong.of(HexFormat.fromHexDigitsToLong(dhash));
    }

    /** The first 64 bits of the SHA-256, enough to tell images apart in an index. */
    public long shaPrefix() {
        return HexFormat.fromHexDigitsToLong(sha256.substring(0, 16));
    }
}
