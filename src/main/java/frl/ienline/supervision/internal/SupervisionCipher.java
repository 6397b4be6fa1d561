package frl.ienline.supervision.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Field encryption of supervision's sensitive texts (R15): AES-256-GCM with a random nonce, stored as
 * {@code v1.<key id>.<base64(nonce + ciphertext)>}, so keys can rotate (old key ids stay readable); and a keyed
 * HMAC for keys that must be compared (a person's working name and phone in the enforcement history). Keys come
 * from {@code ienline.supervision.crypto.*} (outside the database); outside production, development keys are
 * generated once in the key directory.
 */
public class SupervisionCipher {

    private static final Logger log = LoggerFactory.getLogger(SupervisionCipher.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String DEV_KEY_FILE = "supervision-keys.properties";

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new TreeMap<>();
    private final SecretKeySpec indexKey;

    /** Keys from {@code ienline.supervision.crypto.*}: base64 AES keys by id, the current id, the blind index key. */
    @org.springframework.boot.context.properties.ConfigurationProperties("ienline.supervision.crypto")
    public record Keys(String currentKeyId, Map<String, String> keys, String blindIndexKey) {

        public Keys {
            keys = keys == null ? Map.of() : Map.copyOf(keys);
        }
    }

    /** The cipher of the keys configured, or of generated development keys outside production. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @org.springframework.boot.context.properties.EnableConfigurationProperties(Keys.class)
    static class CipherConfiguration {

        @org.springframework.context.annotation.Bean
        SupervisionCipher supervisionCipher(Keys keys,
                @Value("${ienline.supervision.crypto.key-directory:${ienline.support.keys.directory:data/keys}}")
                Path directory, @Value("${ienline.production:false}") boolean production) {
            return new SupervisionCipher(keys.currentKeyId(), keys.keys(), keys.blindIndexKey(), directory, production);
        }
    }

    SupervisionCipher(String currentKeyId, Map<String, String> configured, String blindIndexKey, Path directory,
            boolean production) {
        Map<String, String> base64 = new TreeMap<>(configured);
        String current = currentKeyId;
        String index = blindIndexKey;
        if (base64.isEmpty()) {
            if (production) {
                throw new IllegalStateException("ienline.production=true without supervision keys: set"
                        + " IENLINE_SUPERVISION_CRYPTO_KEYS_<ID>, IENLINE_SUPERVISION_CRYPTO_CURRENT_KEY_ID and"
                        + " IENLINE_SUPERVISION_CRYPTO_BLIND_INDEX_KEY");
            }
            Properties dev = developmentKeys(directory);
            current = dev.getProperty("current");
            base64.put(current, dev.getProperty("key." + current));
            index = dev.getProperty("blind-index");
        }
        base64.forEach((id, key) -> keys.put(id, new SecretKeySpec(decode(key, "key " + id), "AES")));
        this.currentKeyId = current == null || current.isBlank() ? ((TreeMap<String, SecretKeySpec>) keys).lastKey() : current;
        if (!keys.containsKey(this.currentKeyId)) {
            throw new IllegalStateException("The current supervision key id " + this.currentKeyId + " has no key");
        }
        this.indexKey = new SecretKeySpec(decode(index, "blind index key"), "HmacSHA256");
    }

    private static byte[] decode(String base64, String what) {
        byte[] bytes = base64 == null ? new byte[0] : Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("The supervision " + what + " must be 32 bytes in base64");
        }
        return bytes;
    }

    /** The ciphertext of a text, or {@code null} for {@code null}. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return "v1." + currentKeyId + "." + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** The text of a ciphertext, or {@code null} for {@code null}. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\.", 3);
        if (parts.length != 3 || !"v1".equals(parts[0]) || !keys.containsKey(parts[1])) {
            throw new IllegalStateException("Not a supervision ciphertext, or its key is unknown");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.get(parts[1]), new GCMParameterSpec(128, in, 0, 12));
            cipher.updateAAD(parts[1].getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    /** A keyed blind index (HMAC-SHA256, hex) of a value that must be compared but not read. */
    public String blindIndex(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static Properties developmentKeys(Path directory) {
        Path file = directory.resolve(DEV_KEY_FILE);
        Properties properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                return properties;
            }
            Files.createDirectories(directory);
            properties.setProperty("current", "dev1");
            properties.setProperty("key.dev1", random());
            properties.setProperty("blind-index", random());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                try (InputStream in = Files.newInputStream(file)) {
                    Properties existing = new Properties();
                    existing.load(in);
                    if (existing.containsKey("current")) {
                        return existing;
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "Development keys of the supervision module; never use these in production");
            }
            log.info("Generated development keys for the supervision module in {}", file.toAbsolutePath());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the supervision development keys in " + directory, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
