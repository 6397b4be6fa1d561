package frl.ienline.signals.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Application-level encryption of free text and descriptors (security.md R15): AES-256-GCM with a random
 * 96-bit nonce per value. The stored form is {@code v1.<key id>.<base64(nonce || ciphertext || tag)>}, so
 * the key id travels with the ciphertext and rotation needs no extra column. The associated data binds a
 * ciphertext to its column and row ({@code context}): a value copied into another row does not decrypt.
 */
final class FieldCipher {

    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Keyring keyring;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(Keyring keyring) {
        this.keyring = keyring;
    }

    Keyring keyring() {
        return keyring;
    }

    /** Ciphertext of {@code plaintext} under the current key, or {@code null} for {@code null}. */
    String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyring.current(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(context));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + keyring.currentId() + "." + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        String keyId = keyIdOf(stored);
        byte[] data = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Ciphertext too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keyring.get(keyId), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(aad(context));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // never include the value or the context in the message: it ends up in logs
            throw new IllegalStateException("Decryption failed (wrong key or tampered value, key id " + keyId + ")");
        }
    }

    /** Ciphertext of the same plaintext under the current key; the value itself is unchanged. */
    String reencrypt(String stored, String context) {
        if (stored == null || keyring.currentId().equals(keyIdOf(stored))) {
            return stored;
        }
        return encrypt(decrypt(stored, context), context);
    }

    boolean isCurrent(String stored) {
        return stored == null || keyring.currentId().equals(keyIdOf(stored));
    }

    static String keyIdOf(String stored) {
        int dot = stored.indexOf('.', PREFIX.length());
        if (!stored.startsWith(PREFIX) || dot < 0) {
            throw new IllegalStateException("Not a ciphertext of this application");
        }
        return stored.substring(PREFIX.length(), dot);
    }

    private static byte[] aad(String context) {
        return ("ienline.signals:" + context).getBytes(StandardCharsets.UTF_8);
    }
}
