package frl.ienline.signals.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The keyring from configuration, or generated development keys outside production. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignalsCryptoProperties.class)
class SignalsCryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignalsCryptoConfiguration.class);
    static final String DEV_KEY_FILE = "signals-keys.properties";

    @Bean
    Keyring signalsKeyring(SignalsCryptoProperties properties, @Value("${ienline.production:false}") boolean production) {
        if (properties.configured()) {
            String current = properties.currentKeyId() != null ? properties.currentKeyId()
                    : properties.keys().keySet().stream().sorted().reduce((a, b) -> b).orElseThrow();
            return Keyring.fromBase64(current, properties.keys(), properties.blindIndexKey());
        }
        if (production) {
            throw new IllegalStateException("ienline.production=true without signals keys: set"
                    + " IENLINE_SIGNALS_CRYPTO_KEYS_<ID>, IENLINE_SIGNALS_CRYPTO_CURRENT_KEY_ID and"
                    + " IENLINE_SIGNALS_CRYPTO_BLIND_INDEX_KEY (docs/adr/0009)");
        }
        return developmentKeys(properties.keyDirectory());
    }

    @Bean
    FieldCipher signalsFieldCipher(Keyring keyring) {
        return new FieldCipher(keyring);
    }

    @Bean
    BlindIndex signalsBlindIndex(Keyring keyring) {
        return new BlindIndex(keyring);
    }

    /** Generated once in {@code directory}, readable by this user only; for trying ienline out. */
    static Keyring developmentKeys(Path directory) {
        Path file = directory.resolve(DEV_KEY_FILE);
        try {
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                }
            } else {
                Files.createDirectories(directory);
                SecureRandom random = new SecureRandom();
                properties.setProperty("current", "dev1");
                properties.setProperty("key.dev1", randomBase64(random));
                properties.setProperty("blind-index", randomBase64(random));
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(out, "Development keys of the signals module; never use these in production");
                }
                log.info("Generated development keys for the signals module in {}", file.toAbsolutePath());
            }
            Map<String, String> keys = new java.util.TreeMap<>();
            properties.stringPropertyNames().stream().filter(n -> n.startsWith("key."))
                    .forEach(n -> keys.put(n.substring(4), properties.getProperty(n)));
            return Keyring.fromBase64(properties.getProperty("current"), keys, properties.getProperty("blind-index"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the signals development keys in " + directory, e);
        }
    }

    private static String randomBase64(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
