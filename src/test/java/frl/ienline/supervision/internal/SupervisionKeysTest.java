package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Supervision on the key kit: values bound to their row, pre-kit values still readable, person keys with key ids. */
class SupervisionKeysTest {

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    /** dev1 = the pre-kit data key, k2 = the kit's current key; b0 = the pre-kit blind index key, b1 current. */
    static final KeyRing RING = KeyRing.of("supervision", "k2", Map.of("dev1", key(1), "k2", key(2)), "b1",
            Map.of("b0", key(10), "b1", key(11)), null);
    static final SupervisionKeys KEYS = new SupervisionKeys(new FieldCipher(RING), new BlindIndex(RING), key(10));

    /** A value as SupervisionCipher stored it before the kit: v1.<key id>.<base64>, associated data = the key id. */
    static String preKit(String plain) throws Exception {
        byte[] nonce = new byte[12];
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(1), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD("dev1".getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[12 + sealed.length];
        System.arraycopy(sealed, 0, out, 12, sealed.length);
        return "v1.dev1." + Base64.getEncoder().encodeToString(out);
    }

    @Test
    void aValueIsBoundToItsTableColumnAndRow() {
        UUID row = UUID.randomUUID();
        String sealed = KEYS.encrypt("Canarystraat 1", SupervisionKeys.ADDRESS, row);
        assertThat(sealed).startsWith("v1.k2.").doesNotContain("Canary");
        assertThat(KEYS.decrypt(sealed, SupervisionKeys.ADDRESS, row)).isEqualTo("Canarystraat 1");
        assertThatThrownBy(() -> KEYS.decrypt(sealed, SupervisionKeys.ADDRESS, UUID.randomUUID()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> KEYS.decrypt(sealed, SupervisionKeys.CASE_TITLE, row))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void valuesFromBeforeTheKitStayReadable() throws Exception {
        String old = preKit("Demo Bella");
        assertThat(KEYS.decrypt(old, SupervisionKeys.PERSON_NAME, UUID.randomUUID())).isEqualTo("Demo Bella");
        assertThat(KEYS.cipher().isCurrent(old)).isFalse(); // so the re-encryption job moves it
        // the dismissal note was plain text before: read as it is, encrypted from now on
        assertThat(KEYS.decrypt("Dubbel met een andere melding", SupervisionKeys.LEAD_DISMISSAL_NOTE, UUID.randomUUID()))
                .isEqualTo("Dubbel met een andere melding");
        UUID lead = UUID.randomUUID();
        String sealed = KEYS.encrypt("Dubbel", SupervisionKeys.LEAD_DISMISSAL_NOTE, lead);
        assertThat(sealed).startsWith("v1.k2.");
        assertThat(KEYS.decrypt(sealed, SupervisionKeys.LEAD_DISMISSAL_NOTE, lead)).isEqualTo("Dubbel");
    }

    @Test
    void aPersonsHistoryIsFoundUnderEveryKeyIncludingThePreKitForm() throws Exception {
        String subject = "bella|some-phone-index";
        assertThat(KEYS.personKey(subject)).matches("person:b1\\.[0-9a-f]{64}");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key(10), "HmacSHA256"));
        String preKit = "person:" + HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        assertThat(KEYS.personKeys(subject)).startsWith(KEYS.personKey(subject)).contains(preKit)
                .anySatisfy(k -> assertThat(k).startsWith("person:b0."));
    }
}
