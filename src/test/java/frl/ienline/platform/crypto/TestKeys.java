package frl.ienline.platform.crypto;

import java.util.Arrays;
import java.util.Map;

/** Fixed keys for the kit's tests: never used anywhere else. */
final class TestKeys {

    private TestKeys() {
    }

    static byte[] key(int fill, int length) {
        byte[] key = new byte[length];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    /** k1 current, k2 present; b1 current, b2 present; a reference key. */
    static KeyRing ring(String module) {
        return KeyRing.of(module, "k1", Map.of("k1", key(1, 32), "k2", key(2, 32)), "b1",
                Map.of("b1", key(11, 32), "b2", key(12, 40)), key(21, 32));
    }
}
