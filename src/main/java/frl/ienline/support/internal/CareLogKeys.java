package frl.ienline.support.internal;

import frl.ienline.platform.logchain.ChainKeys;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The care log's chain keys: {@code IENLINE_SUPPORT_LOG_KEYS_<ID>} (base64 of at least 32 random bytes) and
 * {@code IENLINE_SUPPORT_LOG_CURRENT_KEY_ID}; required in production, a generated development file
 * otherwise. Separate from the access log's keys: neither compartment holds the other's (ADR 0014).
 *
 * @param ring the keys by id and the current one
 */
public record CareLogKeys(ChainKeys ring) {

    public static final String PREFIX = "ienline.support.log";

    @Configuration(proxyBeanMethods = false)
    static class Keys {

        @Bean
        CareLogKeys careLogKeys(Environment environment, @Value("${ienline.production:false}") boolean production,
                @Value("${ienline.support.log.development-key-file:data/keys/care-log-chain.keys}") Path developmentFile) {
            return new CareLogKeys(ChainKeys.fromSpring(environment, PREFIX, production, developmentFile));
        }
    }
}
