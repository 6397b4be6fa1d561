package frl.ienline.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    static final String BIK = Base64.getEncoder().encodeToString("blind-index-key-for-unit-tests-only!".getBytes());

    final Keyring keyring = Keyring.fromBase64("k1", Map.of("k1", K1, "k2", K2), BIK);
    final FieldCipher cipher = new FieldCipher(keyring);

    @Test
    void roundTripsAndStoresTheKeyIdWithARandomNonce() {
        String a = cipher.encrypt("Canary Ülkü 123", "signal.observation_enc:1");
        String b = cipher.encrypt("Canary Ülkü 123", "signal.observation_enc:1");
        assertThat(a).startsWith("v1.k1.").doesNotContain("Canary");
        assertThat(a).isNotEqualTo(b);
        assertThat(FieldCipher.keyIdOf(a)).isEqualTo("k1");
        assertThat(cipher.decrypt(a, "signal.observation_enc:1")).isEqualTo("Canary Ülkü 123");
        assertThat(cipher.encrypt(null, "x")).isNull();
    }

    @Test
    void aCiphertextMovedToAnotherRowOrEditedDoesNotDecrypt() {
        String a = cipher.encrypt("secret", "person.pseudonym_enc:1");
        assertThatThrownBy(() -> cipher.decrypt(a, "person.pseudonym_enc:2")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("secret");
        char[] chars = a.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars), "person.pseudonym_enc:1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotationKeepsOldCiphertextReadableAndReencryptionMovesIt() {
        String old = cipher.encrypt("before rotation", "c:1");
        FieldCipher rotated = new FieldCipher(keyring.rotatedTo("k2"));
        assertThat(rotated.decrypt(old, "c:1")).isEqualTo("before rotation");
        assertThat(rotated.isCurrent(old)).isFalse();
        String moved = rotated.reencrypt(old, "c:1");
        assertThat(moved).startsWith("v1.k2.");
        assertThat(rotated.reencrypt(moved, "c:1")).isSameAs(moved);
        FieldCipher onlyK2 = new FieldCipher(Keyring.fromBase64("k2", Map.of("k2", K2), BIK));
        assertThat(onlyK2.decrypt(moved, "c:1")).isEqualTo("before rotation");
        assertThatThrownBy(() -> onlyK2.decrypt(old, "c:1")).hasMessageContaining("'k1' is not configured");
    }

    @Test
    void refusesBadKeys() {
        assertThatThrownBy(() -> Keyring.fromBase64("k9", Map.of("k1", K1), BIK)).hasMessageContaining("k9");
        assertThatThrownBy(() -> Keyring.fromBase64("k1", Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), BIK))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> Keyring.fromBase64("k1", Map.of("k1", K1), Base64.getEncoder().encodeToString(new byte[8])))
                .hasMessageContaining("at least 32");
        assertThat(keyring.toString()).doesNotContain(K1);
    }

    @Test
    void blindIndexFindsTheSamePhoneWrittenDifferentlyAndDependsOnTheKey() {
        BlindIndex index = new BlindIndex(keyring);
        String a = index.phone(PhoneNumbers.toE164("06-12 34 56 78").orElseThrow());
        String b = index.phone(PhoneNumbers.toE164("+31 6 12345678").orElseThrow());
        String c = index.phone(PhoneNumbers.toE164("0031612345678").orElseThrow());
        assertThat(a).isEqualTo(b).isEqualTo(c).doesNotContain("612345678");
        String otherKey = new BlindIndex(Keyring.fromBase64("k1", Map.of("k1", K1),
                Base64.getEncoder().encodeToString("another-blind-index-key-for-tests!!".getBytes())))
                .phone("+31612345678");
        assertThat(otherKey).isNotEqualTo(a);
        assertThat(index.pseudonym("Bianca ")).isEqualTo(index.pseudonym("bianca"));
        assertThat(index.address("Hoofdstraat 1-A, Drachten")).isEqualTo(index.address("hoofdstraat 1a drachten"));
        assertThat(PhoneNumbers.toE164("not a phone")).isEmpty();
    }
}
