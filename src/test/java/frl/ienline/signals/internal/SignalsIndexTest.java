package frl.ienline.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.KeyRing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signals' blind indexes on the key kit: key ids (L14), a separate key for follow-up secrets, old secrets still work. */
class SignalsIndexTest {

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    static KeyRing ring(String currentBlind) {
        return KeyRing.of("signals", "k1", Map.of("k1", key(1)), currentBlind, Map.of("b0", key(2), "b1", key(3)), key(4));
    }

    final SignalsIndex index = new SignalsIndex(new BlindIndex(ring("b0")));

    @Test
    void findsTheSamePhoneWrittenDifferentlyAndNamesItsKey() {
        String a = index.phone(PhoneNumbers.toE164("06-12 34 56 78").orElseThrow());
        String b = index.phone(PhoneNumbers.toE164("+31 6 12345678").orElseThrow());
        assertThat(a).isEqualTo(b).startsWith("b0.").doesNotContain("612345678");
        assertThat(index.pseudonym("Bianca ")).isEqualTo(index.pseudonym("bianca"));
        assertThat(index.address("Hoofdstraat 1-A, Drachten")).isEqualTo(index.address("hoofdstraat 1a drachten"));
        assertThat(index.address(" - ")).isNull();
    }

    @Test
    void rotatingTheBlindIndexKeyKeepsOldRowsFindableAndFollowUpSecretsValid() {
        String phone = index.phone("+31612345678");
        String secret = index.secret("ABCD-EFGH");
        SignalsIndex rotated = new SignalsIndex(new BlindIndex(ring("b1")));
        assertThat(rotated.phone("+31612345678")).startsWith("b1.").isNotEqualTo(phone);
        assertThat(rotated.phoneCandidates("+31612345678")).contains(phone);
        assertThat(rotated.secretMatches(secret, "abcd-efgh ")).as("the secret's key is not the blind index key").isTrue();
        assertThat(rotated.secretMatches(secret, "ABCD-EFGX")).isFalse();
    }

    @Test
    void aFollowUpSecretHashedBeforeTheKitStillMatchesUnderKeyB0() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256"); // exactly the old BlindIndex.secret: hex HMAC of "secret:<CODE>"
        mac.init(new SecretKeySpec(key(2), "HmacSHA256"));
        String old = HexFormat.of().formatHex(mac.doFinal("secret:ABCD-EFGH".getBytes(StandardCharsets.UTF_8)));
        assertThat(index.secretMatches(old, "abcd-efgh")).isTrue();
        assertThat(index.secretMatches(old, "ABCD-EFGX")).isFalse();
    }
}
