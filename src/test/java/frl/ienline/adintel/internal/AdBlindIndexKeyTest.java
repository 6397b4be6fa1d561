package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The blind-index key: required in production, and never the development key there. */
class AdBlindIndexKeyTest {

    @Test
    void productionRefusesAMissingOrTheDevelopmentKey() throws java.io.IOException {
        AdintelConfiguration configuration = new AdintelConfiguration();
        assertThatThrownBy(() -> configuration.adintelBlindIndex(new AdintelProperties(null, null, null, null), true))
                .hasMessageContaining("IENLINE_ADINTEL_BLIND_INDEX_KEY");
        assertThatThrownBy(() -> configuration.adintelBlindIndex(
                new AdintelProperties(AdBlindIndex.DEVELOPMENT_KEY, null, null, null), true))
                .hasMessageContaining("development");
        assertThat(configuration.adintelBlindIndex(new AdintelProperties(AdBlindIndex.DEVELOPMENT_KEY, null, null, null),
                false).phone("+31612345678")).hasSize(64);
        // the prod profile takes the key from the environment, without a default
        String prod = new String(getClass().getResourceAsStream("/application-prod.yml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(prod).contains("blind-index-key: ${IENLINE_ADINTEL_BLIND_INDEX_KEY}");
    }
}
