package frl.ienline.platform.crypto;

import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.subtle.PrfHmacJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA256 (Tink's {@link PrfHmacJce}) over {@code <purpose>:<normalised value>}, so equal phone numbers,
 * pseudonyms or names are found without storing them readable; without the key the index reveals nothing, not
 * even by trying every Dutch mobile number. The purpose separates domains (a phone number and a pseudonym with
 * the same letters index differently), the module's own keys separate modules.
 *
 * <p>Stored form {@code <key id>.<64 hex>}: every value names its key, so the key rotates like the data keys: new
 * rows get the current key, a look-up asks for {@link #candidates} (the value under every configured key,
 * {@code WHERE col = ANY(:candidates)}) and {@link Reencryption} moves old rows to the current key, after which
 * the old key can go.
 *
 * <p>{@link #reference} is different: a stable keyed reference under the ring's reference key, which never
 * rotates (for example the member or contact references of an append-only log).
 */
public final class BlindIndex {

    private static final Pattern PURPOSE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern STORED = Pattern.compile("([a-z0-9-]{1,32})\\.[0-9a-f]{64}");

    private final KeyRing ring;
    private final Map<String, Prf> prfs = new TreeMap<>();

    public BlindIndex(KeyRing ring) {
        this.ring = ring;
        ring.blindIndexKeys().forEach((id, key) -> prfs.put(id, prf(key)));
    }

    public KeyRing keyRing() {
        return ring;
    }

    /** The index of a normalised value under the current key, e.g. {@code b2.3f9a…}. */
    public String of(String purpose, String normalised) {
        return under(ring.currentBlindIndexKeyId(), purpose, normalised);
    }

    /** The index of the value under every configured key, the current one first: what a look-up searches for. */
    public List<String> candidates(String purpose, String normalised) {
        List<String> all = new ArrayList<>();
        all.add(of(purpose, normalised));
        for (String id : prfs.keySet()) {
            if (!id.equals(ring.currentBlindIndexKeyId())) {
                all.add(under(id, purpose, normalised));
            }
        }
        return all;
    }

    /** Is this stored index under the current key? ({@code null} is.) */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(ring.currentBlindIndexKeyId() + ".");
    }

    /** Does the stored index belong to this value (under whichever configured key it names)? */
    public boolean matches(String stored, String purpose, String normalised) {
        String keyId = keyIdOf(stored);
        return keyId != null && prfs.containsKey(keyId) && under(keyId, purpose, normalised).equals(stored);
    }

    /** The key id a stored index names, or {@code null} when it is not in the kit's form. */
    public static String keyIdOf(String stored) {
        if (stored == null) {
            return null;
        }
        var match = STORED.matcher(stored);
        return match.matches() ? match.group(1) : null;
    }

    /**
     * A stable keyed reference of {@code value} (base64url, 43 characters) under the ring's reference key, which
     * never rotates; for references that must stay equal for ever, such as those in an append-only log.
     */
    public String reference(String purpose, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(prf(ring.referenceKey()), purpose, value));
    }

    /** Lower case, no accents, punctuation and runs of spaces folded: "Hoofdstraat 1-A" = "hoofdstraat 1a". */
    public static String normaliseText(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().replaceAll("(?<=\\p{N}) (?=\\p{L}\\b)", "");
    }

    private String under(String keyId, String purpose, String normalised) {
        Prf prf = prfs.get(keyId);
        if (prf == null) {
            throw new IllegalStateException("The " + ring.module() + " blind index key '" + keyId + "' is not configured");
        }
        return keyId + "." + HexFormat.of().formatHex(mac(prf, purpose, normalised));
    }

    private static byte[] mac(Prf prf, String purpose, String value) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("Invalid blind index purpose '" + purpose + "'");
        }
        if (value == null) {
            throw new IllegalArgumentException("A blind index of nothing (" + purpose + ")");
        }
        try {
            return prf.compute((purpose + ":" + value).getBytes(StandardCharsets.UTF_8), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed (" + purpose + ")");
        }
    }

    private static Prf prf(byte[] key) {
        try {
            return new PrfHmacJce("HMACSHA256", new SecretKeySpec(key, "HMAC"));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Unusable HMAC key", e);
        }
    }
}
