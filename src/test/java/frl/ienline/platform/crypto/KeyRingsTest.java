package frl.ienline.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class KeyRingsTest {

    static final String K32 = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes
    static final String K32B = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="; // 32 bytes

    @TempDir
    Path directory;

    KeyRings rings(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        Map<String, Object> all = new HashMap<>(variables);
        all.put("IENLINE_CRYPTO_KEY_DIRECTORY", directory.toString());
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, all));
        return new KeyRings(environment);
    }

    /** H1 (review §7 test 5): a production start without support keys is refused, and nothing is generated. */
    @Test
    void productionWithoutSupportKeysIsRefused() throws Exception {
        assertThatThrownBy(() -> rings(Map.of("IENLINE_PRODUCTION", "true")).load("support", KeyRings.Option.REFERENCE_KEY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IENLINE_SUPPORT_CRYPTO_KEYS_<ID>")
                .hasMessageContaining("IENLINE_SUPPORT_CRYPTO_CURRENT_KEY_ID")
                .hasMessageContaining("IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_<ID>")
                .hasMessageContaining("IENLINE_SUPPORT_CRYPTO_REFERENCE_KEY");
        try (var files = Files.list(directory)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void productionRefusesAMissingCurrentId() {
        Map<String, Object> env = Map.of("IENLINE_PRODUCTION", "true", "IENLINE_SUPPORT_CRYPTO_KEYS_K1", K32,
                "IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_B1", K32B, "IENLINE_SUPPORT_CRYPTO_CURRENT_BLIND_INDEX_KEY_ID", "b1",
                "IENLINE_SUPPORT_CRYPTO_REFERENCE_KEY", K32B);
        assertThatThrownBy(() -> rings(env).load("support", KeyRings.Option.REFERENCE_KEY))
                .hasMessageContaining("IENLINE_SUPPORT_CRYPTO_CURRENT_KEY_ID")
                .hasMessageNotContaining("KEYS_<ID>");
    }

    @Test
    void productionTakesEveryPartFromTheEnvironment() {
        Map<String, Object> env = new HashMap<>(Map.of("IENLINE_PRODUCTION", "true",
                "IENLINE_SUPPORT_CRYPTO_KEYS_K1", K32, "IENLINE_SUPPORT_CRYPTO_KEYS_K2", K32B,
                "IENLINE_SUPPORT_CRYPTO_CURRENT_KEY_ID", "k2",
                "IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_B1", K32B, "IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_B2", K32,
                "IENLINE_SUPPORT_CRYPTO_CURRENT_BLIND_INDEX_KEY_ID", "b2", "IENLINE_SUPPORT_CRYPTO_REFERENCE_KEY", K32));
        KeyRing ring = rings(env).load("support", KeyRings.Option.REFERENCE_KEY);
        assertThat(ring.keyIds()).containsExactly("k1", "k2");
        assertThat(ring.currentKeyId()).isEqualTo("k2");
        assertThat(ring.blindIndexKeyIds()).containsExactly("b1", "b2");
        assertThat(ring.currentBlindIndexKeyId()).isEqualTo("b2");
        assertThat(ring.hasReferenceKey()).isTrue();
    }

    @Test
    void productionChecksKeySizes() {
        Map<String, Object> env = Map.of("IENLINE_PRODUCTION", "true", "IENLINE_SUPPORT_CRYPTO_KEYS_K1", "c2hvcnQ=",
                "IENLINE_SUPPORT_CRYPTO_CURRENT_KEY_ID", "k1", "IENLINE_SUPPORT_CRYPTO_BLIND_INDEX_KEYS_B1", K32B,
                "IENLINE_SUPPORT_CRYPTO_CURRENT_BLIND_INDEX_KEY_ID", "b1");
        assertThatThrownBy(() -> rings(env).load("support")).hasMessageContaining("exactly 32 bytes");
    }

    @Test
    void thePreKitSingleBlindIndexKeyIsKeyB0() {
        Map<String, Object> env = Map.of("IENLINE_PRODUCTION", "true", "IENLINE_SIGNALS_CRYPTO_KEYS_K1", K32,
                "IENLINE_SIGNALS_CRYPTO_CURRENT_KEY_ID", "k1", "IENLINE_SIGNALS_CRYPTO_BLIND_INDEX_KEY", K32B,
                "IENLINE_SIGNALS_CRYPTO_CURRENT_BLIND_INDEX_KEY_ID", "b0");
        assertThat(rings(env).load("signals").blindIndexKeyIds()).containsExactly("b0");
    }

    @Test
    void outsideProductionDevelopmentKeysAreGeneratedOncePerModuleReadableByTheOwnerOnly() throws Exception {
        KeyRings rings = rings(Map.of());
        KeyRing first = rings.load("support", KeyRings.Option.REFERENCE_KEY);
        Path file = directory.resolve("support-keys.properties");
        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(rings.load("support", KeyRings.Option.REFERENCE_KEY)).isEqualTo(first);
        assertThat(rings.load("register")).isNotEqualTo(first);
        assertThat(directory.resolve("register-keys.properties")).exists();
    }

    @Test
    void outsideProductionConfiguredKeysWinOverTheDevelopmentFile() {
        KeyRing ring = rings(Map.of("IENLINE_IDENTITY_CRYPTO_KEYS_T1", K32)).load("identity");
        assertThat(ring.keyIds()).containsExactly("t1");
        assertThat(ring.currentKeyId()).isEqualTo("t1");
    }

    @Test
    void readsSignalsDevelopmentFileOfBeforeTheKit() throws Exception {
        Files.writeString(directory.resolve("signals-keys.properties"),
                "current=dev1\nkey.dev1=" + K32 + "\nblind-index=" + K32B + "\n");
        KeyRing ring = rings(Map.of()).load("signals");
        assertThat(ring.currentKeyId()).isEqualTo("dev1");
        assertThat(ring.blindIndexKeyIds()).containsExactly("b0");
        assertThat(ring.currentBlindIndexKeyId()).isEqualTo("b0");
    }
}
