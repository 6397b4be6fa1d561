package frl.ienline.audit.internal;

import frl.ienline.platform.logchain.ChainKeys;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The access log's chain keys: {@code IENLINE_AUDIT_CHAIN_KEYS_<ID>} (base64 of at least 32 random bytes)
 * and {@code IENLINE_AUDIT_CHAIN_CURRENT_KEY_ID}; required in production, a generated development file
 * ({@value #DEVELOPMENT_FILE}) otherwise. The database never holds them (ADR 0014).
 *
 * @param ring the keys by id and the current one
 */
public record AccessLogKeys(ChainKeys ring) {

    public static final String PREFIX = "ienline.audit.chain";
    /** The variables the {@code audit verify} command reads, as Spring reads {@value #PREFIX}. */
    public static final String VARIABLE_PREFIX = "IENLINE_AUDIT_CHAIN_KEYS_";
    public static final String CURRENT_VARIABLE = "IENLINE_AUDIT_CHAIN_CURRENT_KEY_ID";
    public static final String DEVELOPMENT_FILE = "data/keys/access-log-chain.keys";

    @Configuration(proxyBeanMethods = false)
    static class Keys {

        @Bean
        AccessLogKeys accessLogKeys(Environment environment, @Value("${ienline.production:false}") boolean production,
                @Value("${ienline.audit.chain.development-key-file:" + DEVELOPMENT_FILE + "}") Path developmentFile) {
            return new AccessLogKeys(ChainKeys.fromSpring(environment, PREFIX, production, developmentFile));
        }
    }
}
