package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    static final byte[] KEY = new byte[32];
    final SecretCipher cipher = new SecretCipher(KEY);
    final UUID owner = UUID.randomUUID();

    @Test
    void roundTripsWithARandomNonceAndNamesTheKey() {
        byte[] secret = Totp.newSecret();
        String first = cipher.encrypt(secret, owner);
        String second = cipher.encrypt(secret, owner);

        assertThat(first).startsWith("v1." + cipher.keyId() + ".").isNotEqualTo(second);
        assertThat(first).doesNotContain(Base32.encode(secret));
        assertThat(cipher.decrypt(first, owner)).isEqualTo(secret);
        assertThat(cipher.decrypt(second, owner)).isEqualTo(secret);
    }

    @Test
    void aSecretCopiedToAnotherUserDoesNotDecrypt() {
        String stored = cipher.encrypt(Totp.newSecret(), owner);
        assertThatThrownBy(() -> cipher.decrypt(stored, UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperingIsDetected() {
        String stored = cipher.encrypt(Totp.newSecret(), owner);
        byte[] raw = Base64.getUrlDecoder().decode(stored.substring(stored.lastIndexOf('.') + 1));
        raw[raw.length - 1] ^= 1;
        String tampered = stored.substring(0, stored.lastIndexOf('.') + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered, owner)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDifferentKeyIsNamedInTheError() {
        byte[] other = new byte[32];
        other[0] = 1;
        String stored = new SecretCipher(other).encrypt(Totp.newSecret(), owner);
        assertThatThrownBy(() -> cipher.decrypt(stored, owner)).hasMessageContaining("encrypted with key");
    }

    @Test
    void generatesAPrivateKeyFileOnceOutsideProduction(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/totp.key");
        SecretCipher created = SecretCipher.load(null, file, true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        SecretCipher loaded = SecretCipher.load(null, file, false);
        assertThat(loaded.keyId()).isEqualTo(created.keyId());
        assertThat(loaded.decrypt(created.encrypt(new byte[] {1, 2, 3}, owner), owner)).containsExactly(1, 2, 3);
    }

    @Test
    void productionNeedsAConfiguredKey(@TempDir Path dir) {
        assertThatThrownBy(() -> SecretCipher.load("", dir.resolve("missing.key"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ienline.identity.totp.key");
        assertThat(SecretCipher.load(Base64.getEncoder().encodeToString(KEY), dir.resolve("missing.key"), false)
                .keyId()).isEqualTo(cipher.keyId());
    }

    @Test
    void refusesKeysOfTheWrongSize() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
