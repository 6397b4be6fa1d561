package frl.ienline.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void dataKeysMustBeExactly32Bytes() {
        assertThatThrownBy(() -> KeyRing.of("support", "k1", Map.of("k1", TestKeys.key(1, 31)), "b1",
                Map.of("b1", TestKeys.key(2, 32)), null)).hasMessageContaining("exactly 32 bytes");
        assertThatThrownBy(() -> KeyRing.of("support", "k1", Map.of("k1", TestKeys.key(1, 33)), "b1",
                Map.of("b1", TestKeys.key(2, 32)), null)).hasMessageContaining("exactly 32 bytes");
    }

    @Test
    void hmacKeysMustHaveAtLeast32Bytes() {
        assertThatThrownBy(() -> KeyRing.of("support", "k1", Map.of("k1", TestKeys.key(1, 32)), "b1",
                Map.of("b1", TestKeys.key(2, 31)), null)).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> KeyRing.of("support", "k1", Map.of("k1", TestKeys.key(1, 32)), "b1",
                Map.of("b1", TestKeys.key(2, 32)), TestKeys.key(3, 16))).hasMessageContaining("reference key");
    }

    @Test
    void keyIdsAndCurrentIdsAreChecked() {
        assertThatThrownBy(() -> KeyRing.of("support", "K_1", Map.of("K_1", TestKeys.key(1, 32)), "b1",
                Map.of("b1", TestKeys.key(2, 32)), null)).hasMessageContaining("Invalid support data key id");
        assertThatThrownBy(() -> KeyRing.of("support", "k9", Map.of("k1", TestKeys.key(1, 32)), "b1",
                Map.of("b1", TestKeys.key(2, 32)), null)).hasMessageContaining("current support key id 'k9'");
        assertThatThrownBy(() -> KeyRing.of("support", "k1", Map.of("k1", TestKeys.key(1, 32)), null,
                Map.of("b1", TestKeys.key(2, 32)), null)).hasMessageContaining("current support blind index key id");
        assertThatThrownBy(() -> TestKeys.ring("signals").withCurrentKey("k3")).hasMessageContaining("'k3'");
    }

    @Test
    void toStringShowsNoKeyMaterial() {
        KeyRing ring = TestKeys.ring("support");
        String text = ring.toString();
        assertThat(text).contains("k1", "k2", "b1", "b2");
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(TestKeys.key(1, 32)).substring(0, 10));
    }
}
