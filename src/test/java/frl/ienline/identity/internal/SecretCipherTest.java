package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.platform.crypto.KeyRing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** TOTP secrets on the key kit (L18): key ids, rotation, and enrolments of before the kit still readable. */
class SecretCipherTest {

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    static final byte[] PRE_KIT_KEY = key(9);
    final KeyRing ring = KeyRing.of("identity", "t1", Map.of("t1", key(1), "t2", key(2)), null, Map.of(), null);
    final SecretCipher cipher = new SecretCipher(SecretCipher.withPreKitKey(ring, Base64.getEncoder().encodeToString(PRE_KIT_KEY), null));
    final UUID owner = UUID.randomUUID();

    @Test
    void roundTripsUnderTheCurrentKeyBoundToTheUser() {
        byte[] secret = Totp.newSecret();
        String stored = cipher.encrypt(secret, owner);
        assertThat(stored).startsWith("v1.t1.").isNotEqualTo(cipher.encrypt(secret, owner));
        assertThat(stored).doesNotContain(Base32.encode(secret));
        assertThat(cipher.decrypt(stored, owner)).isEqualTo(secret);
        assertThatThrownBy(() -> cipher.decrypt(stored, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEnrolmentOfBeforeTheKitStillWorksAndMovesToTheCurrentKey() throws Exception {
        byte[] secret = Totp.newSecret();
        String old = preKitCiphertext(secret, owner);
        assertThat(old).startsWith("v1." + SecretCipher.preKitKeyId(PRE_KIT_KEY) + ".");
        assertThat(cipher.decrypt(old, owner)).isEqualTo(secret);
        String moved = cipher.fieldCipher().reencrypt(old, SecretCipher.TOTP_SECRET.at(owner));
        assertThat(moved).startsWith("v1.t1.");
        assertThat(cipher.decrypt(moved, owner)).isEqualTo(secret);
        assertThatThrownBy(() -> cipher.decrypt(old, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotationToANewKeyKeepsOldSecretsReadable() {
        byte[] secret = Totp.newSecret();
        String underT1 = cipher.encrypt(secret, owner);
        SecretCipher rotated = new SecretCipher(ring.withCurrentKey("t2"));
        assertThat(rotated.decrypt(underT1, owner)).isEqualTo(secret);
        assertThat(rotated.fieldCipher().reencrypt(underT1, SecretCipher.TOTP_SECRET.at(owner))).startsWith("v1.t2.");
    }

    /** Exactly what the old SecretCipher wrote: v1.<sha256(key)[0..4] hex>.<base64url>, AAD = the user id. */
    static String preKitCiphertext(byte[] plain, UUID owner) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(PRE_KIT_KEY, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(owner.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] sealed = c.doFinal(plain);
        return "v1." + SecretCipher.preKitKeyId(PRE_KIT_KEY) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }
}
