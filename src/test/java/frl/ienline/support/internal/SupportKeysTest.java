package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading the blind index keys from the key file: the format from before rotation and a rotated one. */
class SupportKeysTest {

    static String key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aFileFromBeforeRotationHasOneKeyCalledB1() {
        Properties legacy = new Properties();
        legacy.setProperty("blind-index", key(1));
        BlindIndexKeys keys = SupportKeys.blindIndexKeys(legacy);
        assertThat(keys.currentId()).isEqualTo("b1");
        assertThat(keys.ids()).containsExactly("b1");
    }

    @Test
    void aRotatedFileNamesItsCurrentKeyAndKeepsTheOldOne() {
        Properties rotated = new Properties();
        rotated.setProperty("blind-index", key(1));
        rotated.setProperty("blind-index.b2", key(2));
        rotated.setProperty("blind-index.current", "b2");
        BlindIndexKeys keys = SupportKeys.blindIndexKeys(rotated);
        assertThat(keys.currentId()).isEqualTo("b2");
        assertThat(keys.ids()).containsExactly("b1", "b2");
        assertThat(keys.toString()).doesNotContain(key(2));
    }

    @Test
    void aCurrentKeyThatIsNotInTheFileOrAShortKeyIsRefused() {
        Properties missing = new Properties();
        missing.setProperty("blind-index.b2", key(2));
        missing.setProperty("blind-index.current", "b3");
        assertThatThrownBy(() -> SupportKeys.blindIndexKeys(missing)).hasMessageContaining("'b3' is not among");
        Properties shortKey = new Properties();
        shortKey.setProperty("blind-index.b1", Base64.getEncoder().encodeToString(new byte[8]));
        assertThatThrownBy(() -> SupportKeys.blindIndexKeys(shortKey)).hasMessageContaining("at least 32 bytes");
        Properties badId = new Properties();
        badId.setProperty("blind-index.B 1", key(1));
        badId.setProperty("blind-index.current", "B 1");
        assertThatThrownBy(() -> SupportKeys.blindIndexKeys(badId)).hasMessageContaining("Invalid blind index key id");
    }
}
