package frl.ienline.identity.internal;

import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRing;
import frl.ienline.platform.crypto.LegacyFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * TOTP secrets at rest through the key kit (ADR 0012; review L18): keys with ids from
 * {@code IENLINE_IDENTITY_CRYPTO_*}, so the key can rotate (new current key, the nightly job re-encrypts), each
 * secret bound to {@code identity:staff_user.totp_secret:<user id>}. The single key of before the kit
 * ({@code ienline.identity.totp.key} or its key file) stays readable under the id its ciphertexts carry (the first
 * 8 hex digits of its SHA-256), so existing enrolments keep working until they are re-encrypted.
 */
final class SecretCipher {

    static final EncryptedColumn TOTP_SECRET = EncryptedColumn.text("identity", "staff_user", "totp_secret")
            .readingLegacy(LegacyFormat.ROW_ID_AAD);

    private final FieldCipher cipher;

    SecretCipher(KeyRing ring) {
        this.cipher = new FieldCipher(ring);
    }

    FieldCipher fieldCipher() {
        return cipher;
    }

    /** The ring plus the pre-kit key (configured value, else the key file if it exists), read-only under its old id. */
    static KeyRing withPreKitKey(KeyRing ring, String base64Key, Path keyFile) {
        try {
            String encoded = base64Key != null && !base64Key.isBlank() ? base64Key
                    : keyFile != null && Files.exists(keyFile) ? Files.readString(keyFile) : null;
            if (encoded == null) {
                return ring;
            }
            byte[] key = Base64.getDecoder().decode(encoded.strip());
            return ring.withReadOnlyKey(preKitKeyId(key), key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the TOTP key file " + keyFile.toAbsolutePath(), e);
        }
    }

    String encrypt(byte[] plain, UUID owner) {
        return cipher.encryptToText(plain, TOTP_SECRET.at(owner));
    }

    byte[] decrypt(String stored, UUID owner) {
        return cipher.decryptToBytes(stored, TOTP_SECRET.at(owner));
    }

    static String preKitKeyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
