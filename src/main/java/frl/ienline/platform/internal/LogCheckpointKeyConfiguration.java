package frl.ienline.platform.internal;

import frl.ienline.platform.logchain.CheckpointSigner;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key that signs the checkpoints of both logs: {@code IENLINE_LOG_CHECKPOINT_KEY} (base64 of 32 random
 * bytes), required in production; a generated development file otherwise (ADR 0014).
 */
@Configuration(proxyBeanMethods = false)
class LogCheckpointKeyConfiguration {

    @Bean
    CheckpointSigner checkpointSigner(@Value("${ienline.log.checkpoint.key:}") String key,
            @Value("${ienline.production:false}") boolean production,
            @Value("${ienline.log.checkpoint.development-key-file:data/keys/log-checkpoint.key}") Path developmentFile) {
        return CheckpointSigner.configuredOrDevelopment(key, production, developmentFile);
    }
}
