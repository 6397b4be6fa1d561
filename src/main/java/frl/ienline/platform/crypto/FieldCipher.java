package frl.ienline.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Application-level encryption of one field (security.md R15): AES-256-GCM (Tink's {@link AesGcmJce}) with a
 * random 96-bit nonce per value and a 128-bit tag. Stored form of text: {@code v1.<key id>.<base64(nonce ‖
 * ciphertext ‖ tag)>}; of bytes: the ASCII header {@code v1.<key id>.} followed by the raw nonce, ciphertext and
 * tag. The key id travels with the value, so rotation needs no extra column. The associated data is
 * {@code ienline.<module>:<table>.<column>:<row id>} ({@link FieldContext}): a value copied into another row,
 * column or module does not decrypt.
 *
 * <p>Reading also accepts the legacy forms the context's column declares ({@link LegacyFormat}); writing always
 * uses the form above under the current key. {@code null} stays {@code null}. Errors never contain values.
 */
public final class FieldCipher {

    private static final String PREFIX = "v1.";
    private static final int MIN_SEALED = 12 + 16;
    private static final Pattern TEXT_FORM = Pattern.compile("v1\\.([a-z0-9-]{1,32})\\.([A-Za-z0-9+/_-]{38,}={0,2})");

    private final KeyRing ring;
    private final Map<String, Aead> aeads = new TreeMap<>();

    public FieldCipher(KeyRing ring) {
        this.ring = ring;
        ring.dataKeys().forEach((id, key) -> {
            try {
                aeads.put(id, new AesGcmJce(key));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("The " + ring.module() + " data key '" + id + "' is not usable for AES-GCM");
            }
        });
    }

    public KeyRing keyRing() {
        return ring;
    }

    /** Ciphertext of {@code plaintext} under the current key, bound to {@code context}. */
    public String encrypt(String plaintext, FieldContext context) {
        return plaintext == null ? null : encryptToText(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** Ciphertext, in the text form, of raw bytes (a TOTP secret, say) under the current key. */
    public String encryptToText(byte[] plaintext, FieldContext context) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = seal(plaintext, context);
        return PREFIX + ring.currentKeyId() + "." + Base64.getEncoder().withoutPadding().encodeToString(sealed);
    }

    /** The plaintext of a stored text value in {@code context}; throws {@link UndecryptableValue} if it is not. */
    public String decrypt(String stored, FieldContext context) {
        return stored == null ? null : utf8(decryptToBytes(stored, context));
    }

    /** The raw plaintext bytes of a stored text value (the counterpart of {@link #encryptToText}). */
    public byte[] decryptToBytes(String stored, FieldContext context) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith("v1:") && context.legacy().contains(LegacyFormat.SUPPORT_V1_COLON)) {
            String[] parts = stored.split(":", 3);
            byte[] data = parts.length == 3 ? base64(parts[2]) : null;
            if (data == null || !aeads.containsKey(parts[1])) {
                throw new UndecryptableValue("Unreadable " + ring.module() + " value (old form, unknown key id)");
            }
            return open(parts[1], data, parts[1], context);
        }
        var match = TEXT_FORM.matcher(stored);
        byte[] data = match.matches() ? base64(match.group(2)) : null;
        if (data == null) {
            if (context.legacy().contains(LegacyFormat.PLAINTEXT)) {
                return stored.getBytes(StandardCharsets.UTF_8);
            }
            throw new UndecryptableValue("Not a " + ring.module() + " ciphertext (" + context.table() + "." + context.column() + ")");
        }
        return openKitOrLegacy(match.group(1), data, context);
    }

    /** Ciphertext of {@code plaintext} bytes (a document) under the current key, bound to {@code context}. */
    public byte[] encryptBytes(byte[] plaintext, FieldContext context) {
        if (plaintext == null) {
            return null;
        }
        byte[] header = (PREFIX + ring.currentKeyId() + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = seal(plaintext, context);
        byte[] out = Arrays.copyOf(header, header.length + sealed.length);
        System.arraycopy(sealed, 0, out, header.length, sealed.length);
        return out;
    }

    /** The plaintext of stored bytes in {@code context}. */
    public byte[] decryptBytes(byte[] stored, FieldContext context) {
        if (stored == null) {
            return null;
        }
        String keyId = keyIdOf(stored);
        if (keyId == null) {
            if (context.legacy().contains(LegacyFormat.PLAINTEXT)) {
                return stored;
            }
            throw new UndecryptableValue("Not a " + ring.module() + " ciphertext (" + context.table() + "." + context.column() + ")");
        }
        int start = PREFIX.length() + keyId.length() + 1;
        return openKitOrLegacy(keyId, Arrays.copyOfRange(stored, start, stored.length), context);
    }

    /** Is this text value already in the kit's form under the current key? ({@code null} is.) */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + ring.currentKeyId() + ".");
    }

    /** Is this byte value already in the kit's form under the current key? */
    public boolean isCurrent(byte[] stored) {
        return stored == null || ring.currentKeyId().equals(keyIdOf(stored));
    }

    /** The same plaintext under the current key in the kit's form; a current value is returned unchanged. */
    public String reencrypt(String stored, FieldContext context) {
        return isCurrent(stored) ? stored : encryptToText(decryptToBytes(stored, context), context);
    }

    /** The same bytes under the current key in the kit's form; a current value is returned unchanged. */
    public byte[] reencrypt(byte[] stored, FieldContext context) {
        return isCurrent(stored) ? stored : encryptBytes(decryptBytes(stored, context), context);
    }

    /** The key id of a text value in the kit's form, or {@code null} when it is in no such form. */
    public static String keyIdOf(String stored) {
        if (stored == null) {
            return null;
        }
        var match = TEXT_FORM.matcher(stored);
        return match.matches() ? match.group(1) : null;
    }

    private static String keyIdOf(byte[] stored) {
        if (stored.length < PREFIX.length() + 2 + MIN_SEALED || stored[0] != 'v' || stored[1] != '1' || stored[2] != '.') {
            return null;
        }
        for (int i = PREFIX.length(); i < Math.min(stored.length, PREFIX.length() + 33); i++) {
            if (stored[i] == '.') {
                String id = new String(stored, PREFIX.length(), i - PREFIX.length(), StandardCharsets.US_ASCII);
                return KeyRing.KEY_ID.matcher(id).matches() ? id : null;
            }
        }
        return null;
    }

    private byte[] seal(byte[] plaintext, FieldContext context) {
        try {
            return aeads.get(ring.currentKeyId()).encrypt(plaintext, bytes(context.associatedData(ring.module())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed (" + ring.module() + ", key " + ring.currentKeyId() + ")");
        }
    }

    /** The kit's associated data first; then, for the legacy forms of the same shape the column declares, theirs. */
    private byte[] openKitOrLegacy(String keyId, byte[] data, FieldContext context) {
        if (!aeads.containsKey(keyId)) {
            ring.dataKey(keyId); // throws with the explanation
        }
        try {
            return aeads.get(keyId).decrypt(data, bytes(context.associatedData(ring.module())));
        } catch (GeneralSecurityException notKit) {
            if (context.legacy().contains(LegacyFormat.KEY_ID_AAD)) {
                byte[] plain = tryOpen(keyId, data, keyId);
                if (plain != null) {
                    return plain;
                }
            }
            if (context.legacy().contains(LegacyFormat.ROW_ID_AAD)) {
                byte[] plain = tryOpen(keyId, data, context.rowId());
                if (plain != null) {
                    return plain;
                }
            }
            throw failed(keyId, context);
        }
    }

    private byte[] open(String keyId, byte[] data, String associatedData, FieldContext context) {
        byte[] plain = tryOpen(keyId, data, associatedData);
        if (plain == null) {
            throw failed(keyId, context);
        }
        return plain;
    }

    private byte[] tryOpen(String keyId, byte[] data, String associatedData) {
        try {
            return aeads.get(keyId).decrypt(data, bytes(associatedData));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private UndecryptableValue failed(String keyId, FieldContext context) {
        // never the value or the row id: this message may reach a log
        return new UndecryptableValue("Decryption failed in " + ring.module() + " " + context.table() + "." + context.column()
                + " (key id " + keyId + "): wrong key, tampered value or a value moved from another row or column");
    }

    private static byte[] base64(String value) {
        try {
            byte[] data = Base64.getDecoder().decode(value.replace('-', '+').replace('_', '/'));
            return data.length < MIN_SEALED ? null : data;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
