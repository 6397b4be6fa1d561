package frl.ienline.support.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The compartment's keys, kept outside the database in {@code <directory>/support.keys} (mode 0600,
 * generated on first start): AES-256-GCM keys for encrypted fields, each with an id stored next to the
 * ciphertext so an older key still decrypts after rotation, and one HMAC-SHA256 key for blind indexes
 * (client phone numbers are found by their keyed hash, never stored in the clear).
 */
@Component
public class SupportKeys {

    private static final String PREFIX = "v1";
    private static final int NONCE_BYTES = 12;

    private final Map<String, SecretKeySpec> encryptionKeys = new LinkedHashMap<>();
    private final String currentKeyId;
    private final SecretKeySpec blindIndexKey;
    private final SecureRandom random = new SecureRandom();

    SupportKeys(@Value("${ienline.support.keys.directory:data/keys}") Path directory) {
        Properties properties = loadOrCreate(directory.resolve("support.keys"));
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("encryption.")) {
                encryptionKeys.put(name.substring("encryption.".length()),
                        new SecretKeySpec(Base64.getDecoder().decode(properties.getProperty(name)), "AES"));
            }
        }
        this.currentKeyId = properties.getProperty("current");
        if (currentKeyId == null || !encryptionKeys.containsKey(currentKeyId)) {
            throw new IllegalStateException("support.keys names no valid current encryption key");
        }
        this.blindIndexKey = new SecretKeySpec(Base64.getDecoder().decode(properties.getProperty("blind-index")),
                "HmacSHA256");
    }

    /** {@code v1:<key id>:<base64 nonce+ciphertext>}; {@code null} stays {@code null}. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(currentKeyId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0]) || !encryptionKeys.containsKey(parts[1])) {
            throw new IllegalStateException("Unreadable encrypted field (unknown format or key id)");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKeys.get(parts[1]), new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            cipher.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    /** Keyed HMAC of a normalised value, for equality search without storing the value. */
    public String blindIndex(String purpose, String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(blindIndexKey);
            mac.update((purpose + ":").getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }

    String currentKeyId() {
        return currentKeyId;
    }

    private static Properties loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                SecureRandom random = new SecureRandom();
                Properties fresh = new Properties();
                fresh.setProperty("current", "k1");
                fresh.setProperty("encryption.k1", randomKey(random));
                fresh.setProperty("blind-index", randomKey(random));
                Path temporary = Files.createTempFile(file.getParent(), "support", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    fresh.store(out, "Keys of the support compartment; keep private, back up separately from the database."
                            + " Rotate: add encryption.k2=<base64 32 bytes>, set current=k2, keep k1 for old data.");
                }
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(temporary);
                }
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the support keys in " + file.toAbsolutePath(), e);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
