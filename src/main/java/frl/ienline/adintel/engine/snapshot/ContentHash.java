package frl.ienline.adintel.engine.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * The content hash of a snapshot: SHA-256 over a canonical form of what the ad says, so the same
 * capture imported twice gives the same hash whatever the JSON key order, whitespace or Unicode
 * composition of the line.
 *
 * <p>Canonical form: the fields {@code url, title, body, location, postcode, claimedAge, phones,
 * emails, images, licenseNumber} in that order; each string NFC-normalised and written as its UTF-8
 * byte length, a colon and the bytes; absent values as {@code -}; lists as their size and their
 * elements in the given order. {@code source} and {@code sourceAdId} are the ad's identity and
 * {@code capturedAt} is when it was seen, so neither is part of the content.
 */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(AdSnapshot s) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        put(digest, s.url());
        put(digest, s.title());
        put(digest, s.body());
        put(digest, s.location());
        put(digest, s.postcode());
        put(digest, s.claimedAge() == null ? null : s.claimedAge().toString());
        putAll(digest, s.phones());
        putAll(digest, s.emails());
        digest.update(("L" + s.images().size() + ";").getBytes(StandardCharsets.US_ASCII));
        for (ImageRef image : s.images()) {
            put(digest, image.sha256());
            put(digest, image.dhash());
        }
        put(digest, s.licenseNumber());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void putAll(MessageDigest digest, List<String> values) {
        digest.update(("L" + values.size() + ";").getBytes(StandardCharsets.US_ASCII));
        values.forEach(v -> put(digest, v));
    }

    private static void put(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) '-');
            return;
        }
        byte[] bytes = Normalizer.normalize(value, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
