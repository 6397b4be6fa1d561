package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Field encryption of supervision: random nonces, key ids for rotation, tamper detection, no keys in production. */
class SupervisionCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    static final String INDEX = Base64.getEncoder().encodeToString("blind-index-key-for-tests-only-!".getBytes());

    @TempDir
    Path keys;

    @Test
    void encryptsWithARandomNonceAndTheCurrentKeyId() {
        SupervisionCipher cipher = new SupervisionCipher("k1", Map.of("k1", K1), INDEX, keys, true);
        String first = cipher.encrypt("Bella");
        String second = cipher.encrypt("Bella");
        assertThat(first).startsWith("v1.k1.").isNotEqualTo(second).doesNotContain("Bella");
        assertThat(cipher.decrypt(first)).isEqualTo("Bella");
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void afterRotationOldTextsStayReadableAndNewOnesUseTheNewKey() {
        String old = new SupervisionCipher("k1", Map.of("k1", K1), INDEX, keys, true).encrypt("Ioana");
        SupervisionCipher rotated = new SupervisionCipher("k2", Map.of("k1", K1, "k2", K2), INDEX, keys, true);
        assertThat(rotated.decrypt(old)).isEqualTo("Ioana");
        assertThat(rotated.encrypt("Ioana")).startsWith("v1.k2.");
        SupervisionCipher withoutOldKey = new SupervisionCipher("k2", Map.of("k2", K2), INDEX, keys, true);
        assertThatThrownBy(() -> withoutOldKey.decrypt(old)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aChangedCiphertextOrKeyIdIsRefused() {
        SupervisionCipher cipher = new SupervisionCipher("k1", Map.of("k1", K1, "k2", K2), INDEX, keys, true);
        String sealed = cipher.encrypt("Ioana");
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed.replace("v1.k1.", "v1.k2."))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBlindIndexIsStableAndKeyed() {
        SupervisionCipher one = new SupervisionCipher("k1", Map.of("k1", K1), INDEX, keys, true);
        SupervisionCipher other = new SupervisionCipher("k1", Map.of("k1", K1), K2, keys, true);
        assertThat(one.blindIndex("bella#abc")).isEqualTo(one.blindIndex("bella#abc")).hasSize(64)
                .isNotEqualTo(other.blindIndex("bella#abc"));
    }

    @Test
    void productionNeedsConfiguredKeysAndDevelopmentKeysAreMadeOnce() {
        assertThatThrownBy(() -> new SupervisionCipher(null, Map.of(), null, keys, true))
                .isInstanceOf(IllegalStateException.class);
        String sealed = new SupervisionCipher(null, Map.of(), null, keys, false).encrypt("Demo");
        assertThat(keys.resolve(SupervisionCipher.DEV_KEY_FILE)).exists();
        assertThat(new SupervisionCipher(null, Map.of(), null, keys, false).decrypt(sealed)).isEqualTo("Demo");
    }
}
