package frl.ienline.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for TOTP secrets at rest, with a random 96-bit nonce per encryption and the user id as
 * associated data (a secret copied to another user's row does not decrypt). Stored form:
 * {@code v1.<key id>.<base64url(nonce ‖ ciphertext ‖ tag)>}; the key id is the first 8 hex digits of the
 * key's SHA-256, so a wrong key fails with a clear message instead of a tag error.
 */
final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    SecretCipher(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("The TOTP secret key must be 256 bits (32 bytes, base64-encoded)");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = keyId(key);
    }

    /**
     * The key from {@code base64Key} if given, else from {@code keyFile}; a missing file is created with a
     * new random key unless {@code mayGenerate} is false (production), which fails instead.
     */
    static SecretCipher load(String base64Key, Path keyFile, boolean mayGenerate) {
        if (base64Key != null && !base64Key.isBlank()) {
            return new SecretCipher(Base64.getDecoder().decode(base64Key.strip()));
        }
        try {
            if (Files.exists(keyFile)) {
                return new SecretCipher(Base64.getDecoder().decode(Files.readString(keyFile).strip()));
            }
            if (!mayGenerate) {
                throw new IllegalStateException("No key to encrypt TOTP secrets: set ienline.identity.totp.key"
                        + " (environment IENLINE_IDENTITY_TOTP_KEY) or provide the file " + keyFile.toAbsolutePath());
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(key) + "\n");
            return new SecretCipher(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the TOTP key file " + keyFile.toAbsolutePath(), e);
        }
    }

    String encrypt(byte[] plain, UUID owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return "v1." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    byte[] decrypt(String stored, UUID owner) {
        String[] parts = stored.split("\\.");
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalArgumentException("Not an encrypted secret");
        }
        if (!keyId.equals(parts[1])) {
            throw new IllegalStateException("The TOTP secret was encrypted with key " + parts[1]
                    + " but the configured key is " + keyId);
        }
        byte[] in = Base64.getUrlDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The TOTP secret could not be decrypted (tampered or wrong owner)", e);
        }
    }

    String keyId() {
        return keyId;
    }

    private static String keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
