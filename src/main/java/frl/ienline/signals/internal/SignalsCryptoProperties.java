package frl.ienline.signals.internal;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys of the signals module (ADR 0009). In production all three come from the environment, e.g.
 * {@code IENLINE_SIGNALS_CRYPTO_KEYS_K2=<base64>}, {@code IENLINE_SIGNALS_CRYPTO_CURRENT_KEY_ID=k2},
 * {@code IENLINE_SIGNALS_CRYPTO_BLIND_INDEX_KEY=<base64>}. Without keys, a non-production start generates
 * development keys in {@code keyDirectory}.
 *
 * @param keys          data key id → base64 of 32 random bytes; old ids stay until re-encryption has run
 * @param currentKeyId  the key new ciphertext is written with
 * @param blindIndexKey base64 of at least 32 random bytes; the HMAC key of the blind indexes
 * @param keyDirectory  where development keys are generated when none are configured
 */
@ConfigurationProperties("ienline.signals.crypto")
record SignalsCryptoProperties(Map<String, String> keys, String currentKeyId, String blindIndexKey,
        Path keyDirectory) {

    SignalsCryptoProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (keyDirectory == null) {
            keyDirectory = Path.of("data", "keys");
        }
    }

    boolean configured() {
        return !keys.isEmpty();
    }
}
