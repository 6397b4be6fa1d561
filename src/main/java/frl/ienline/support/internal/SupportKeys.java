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
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The compartment's keys, kept outside the database in {@code <directory>/support.keys} (mode 0600,
 * generated on first start): AES-256-GCM keys for encrypted fields, each with an id stored next to the
 * ciphertext so an older key still decrypts after rotation, and HMAC-SHA256 keys for blind indexes
 * (client phone numbers are found by their keyed hash, never stored in the clear), also by id: the current
 * one indexes new rows, older ones still find their rows until {@link BlindIndexRotation} has moved them,
 * after which the old key can be removed from the file. A separate {@code reference} key makes the stable
 * member references of the care access log, so rotating the index keys never changes those.
 *
 * <p>Rotating the blind index key: add {@code blind-index.b2=<base64 32 bytes>}, set
 * {@code blind-index.current=b2}, reload (restart, or the re-index job reloads the file), let the re-index
 * job run until {@link BlindIndexRotation#removableKeys()} names {@code b1}, then delete that line.
 */
@Component
public class SupportKeys {

    private static final String PREFIX = "v1";
    private static final String BLIND_INDEX = "blind-index";
    private static final String BLIND_INDEX_CURRENT = "blind-index.current";
    static final String FIRST_BLIND_KEY_ID = "b1";
    private static final int NONCE_BYTES = 12;

    private final Map<String, SecretKeySpec> encryptionKeys = new LinkedHashMap<>();
    private final String currentKeyId;
    private final SecretKeySpec referenceKey;
    private final Path file;
    private volatile BlindIndexKeys blindIndexKeys;
    private final SecureRandom random = new SecureRandom();

    SupportKeys(@Value("${ienline.support.keys.directory:data/keys}") Path directory) {
        this.file = directory.resolve("support.keys");
        Properties properties = loadOrCreate(file);
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
        this.blindIndexKeys = blindIndexKeys(properties);
        this.referenceKey = hmacKey(properties.getProperty("reference"), "reference");
    }

    /**
     * Reads the blind index keys from the file again: how a new current key or a removed old one takes
     * effect without a restart. The encryption and reference keys stay as they were loaded.
     */
    public synchronized void reloadBlindIndexKeys() {
        this.blindIndexKeys = blindIndexKeys(loadOrCreate(file));
    }

    /**
     * {@code blind-index.<id>} entries and {@code blind-index.current}; a file from before rotation has one
     * {@code blind-index} entry, which is key {@code b1} (the id V102 gave every existing row).
     */
    static BlindIndexKeys blindIndexKeys(Properties properties) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(BLIND_INDEX + ".") && !name.equals(BLIND_INDEX_CURRENT)) {
                String id = name.substring(BLIND_INDEX.length() + 1);
                keys.put(id, hmacKey(properties.getProperty(name), "blind index key " + id));
            }
        }
        String legacy = properties.getProperty(BLIND_INDEX);
        if (legacy != null) {
            keys.putIfAbsent(FIRST_BLIND_KEY_ID, hmacKey(legacy, "blind index key"));
        }
        String current = properties.getProperty(BLIND_INDEX_CURRENT, FIRST_BLIND_KEY_ID).strip();
        return new BlindIndexKeys(current, keys);
    }

    private static SecretKeySpec hmacKey(String base64, String what) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("support.keys has no " + what);
        }
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length < 32) {
            throw new IllegalStateException("The support " + what + " must have at least 32 bytes");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
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

    /** Keyed HMAC of a normalised value under the current key, for equality search without storing the value. */
    public BlindIndex blindIndex(String purpose, String normalised) {
        BlindIndexKeys keys = blindIndexKeys;
        return new BlindIndex(keys.currentId(), mac(keys.current(), purpose, normalised));
    }

    /** The value's index under every configured key: what a search looks for while a rotation is under way. */
    public List<BlindIndex> blindIndexesUnderEveryKey(String purpose, String normalised) {
        BlindIndexKeys keys = blindIndexKeys;
        return keys.ids().stream().map(id -> new BlindIndex(id, mac(keys.keys().get(id), purpose, normalised))).toList();
    }

    public String currentBlindIndexKeyId() {
        return blindIndexKeys.currentId();
    }

    public Set<String> blindIndexKeyIds() {
        return blindIndexKeys.ids();
    }

    /** A stable keyed reference (e.g. of a member in the care access log), under a key rotation never touches. */
    public String reference(String purpose, String value) {
        return mac(referenceKey, purpose, value);
    }

    private static String mac(SecretKeySpec key, String purpose, String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
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
                fresh.setProperty(BLIND_INDEX_CURRENT, FIRST_BLIND_KEY_ID);
                fresh.setProperty(BLIND_INDEX + "." + FIRST_BLIND_KEY_ID, randomKey(random));
                fresh.setProperty("reference", randomKey(random));
                write(file, fresh, true);
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            if (properties.getProperty("reference") == null) {
                // a file from before rotation: member references were made with the one blind index key, so that
                // key becomes the reference key, written down before anyone can rotate and remove it
                String legacy = properties.getProperty(BLIND_INDEX, properties.getProperty(BLIND_INDEX + "." + FIRST_BLIND_KEY_ID));
                if (legacy == null) {
                    throw new IllegalStateException("support.keys has neither a reference key nor a first blind index key");
                }
                properties.setProperty("reference", legacy);
                write(file, properties, false);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the support keys in " + file.toAbsolutePath(), e);
        }
    }

    private static void write(Path file, Properties properties, boolean onlyIfAbsent) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "support", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "Keys of the support compartment; keep private, back up separately from the database."
                    + " Rotate encryption: add encryption.k2=<base64 32 bytes>, set current=k2, keep k1 for old data."
                    + " Rotate the blind index: add blind-index.b2=<base64 32 bytes>, set blind-index.current=b2, remove b1"
                    + " once the re-index job reports it unused. Never change 'reference'.");
        }
        try {
            if (onlyIfAbsent) {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temporary);
        }
    }

    private static String randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
