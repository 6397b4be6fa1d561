package frl.ienline.supervision.internal;

import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRings;
import frl.ienline.platform.crypto.Reencryption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervision module's keys from {@code IENLINE_SUPERVISION_CRYPTO_*} through the key kit, and its re-encryption
 * job (run nightly by the kit). The pre-kit blind index key ({@code IENLINE_SUPERVISION_CRYPTO_BLIND_INDEX_KEY}, or
 * {@code blind-index} in the development key file) is the kit's blind index key {@code b0} and also finds person
 * history recorded before the kit.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionCrypto {

    @Bean
    SupervisionKeys supervisionKeys(KeyRings rings, Environment environment) {
        var ring = rings.load("supervision");
        return new SupervisionKeys(new FieldCipher(ring), new BlindIndex(ring), legacyIndexKey(environment));
    }

    @Bean
    Reencryption supervisionReencryption(JdbcClient jdbc, SupervisionKeys keys) {
        return new Reencryption(jdbc, keys.cipher(), keys.index(), SupervisionKeys.ENCRYPTED, List.of());
    }

    static byte[] legacyIndexKey(Environment environment) {
        String configured = environment.getProperty("ienline.supervision.crypto.blind-index-key");
        if (configured == null) {
            Path file = Path.of(environment.getProperty("ienline.supervision.crypto.key-directory",
                    environment.getProperty("ienline.crypto.key-directory", "data/keys")))
                    .resolve("supervision-keys.properties");
            if (Files.exists(file)) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the supervision development keys", e);
                }
                configured = properties.getProperty("blind-index");
            }
        }
        return configured == null || configured.isBlank() ? null : Base64.getDecoder().decode(configured.strip());
    }
}
