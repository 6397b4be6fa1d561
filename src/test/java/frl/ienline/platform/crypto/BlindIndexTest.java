package frl.ienline.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    final BlindIndex index = new BlindIndex(TestKeys.ring("signals"));

    @Test
    void theIndexNamesItsKeyAndIsTheOldHmacUnderIt() throws Exception {
        String stored = index.of("phone", "+31612345678");
        assertThat(stored).matches("b1\\.[0-9a-f]{64}");
        assertThat(BlindIndex.keyIdOf(stored)).isEqualTo("b1");
        // the same HMAC-SHA256(purpose ":" value) signals and support computed, so old rows only need their key id
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestKeys.key(11, 32), "HmacSHA256"));
        String hex = HexFormat.of().formatHex(mac.doFinal("phone:+31612345678".getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isEqualTo("b1." + hex);
    }

    @Test
    void purposesAndModulesAreSeparated() {
        assertThat(index.of("phone", "anna")).isNotEqualTo(index.of("pseudonym", "anna"));
        assertThat(new BlindIndex(TestKeys.ring("support")).of("phone", "anna")).isEqualTo(index.of("phone", "anna"))
                .as("the same keys give the same index; modules are separated by having their own keys");
        assertThatThrownBy(() -> index.of("bad purpose!", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duringRotationALookUpFindsOldAndNewRows() {
        String old = index.of("pseudonym", "anna");
        BlindIndex rotated = new BlindIndex(index.keyRing().withCurrentBlindIndexKey("b2"));
        String fresh = rotated.of("pseudonym", "anna");
        assertThat(fresh).startsWith("b2.");
        assertThat(rotated.candidates("pseudonym", "anna")).containsExactly(fresh, old);
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.matches(old, "pseudonym", "anna")).isTrue();
        assertThat(rotated.matches(old, "pseudonym", "bert")).isFalse();
    }

    @Test
    void referencesUseTheirOwnNeverRotatedKey() throws Exception {
        String reference = index.reference("member-reference", "id-1");
        assertThat(reference).hasSize(43);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestKeys.key(21, 32), "HmacSHA256"));
        assertThat(reference).isEqualTo(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("member-reference:id-1".getBytes(StandardCharsets.UTF_8))));
        assertThat(new BlindIndex(index.keyRing().withCurrentBlindIndexKey("b2")).reference("member-reference", "id-1"))
                .isEqualTo(reference);
    }

    @Test
    void normalisesTextForSearch() {
        assertThat(BlindIndex.normaliseText("  Hoofdstraat 1-A ")).isEqualTo("hoofdstraat 1a");
        assertThat(BlindIndex.normaliseText("Zoë")).isEqualTo("zoe");
    }
}
