package frl.ienline.signals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalsKeysTest {

    @Test
    void productionRefusesToStartWithoutConfiguredKeys(@TempDir Path dir) {
        var none = new SignalsCryptoProperties(Map.of(), null, null, dir);
        assertThatThrownBy(() -> new SignalsCryptoConfiguration().signalsKeyring(none, true))
                .hasMessageContaining("IENLINE_SIGNALS_CRYPTO_KEYS_");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void outsideProductionDevelopmentKeysAreGeneratedOncePrivateAndReused(@TempDir Path dir) throws Exception {
        var none = new SignalsCryptoProperties(Map.of(), null, null, dir.resolve("keys"));
        Keyring first = new SignalsCryptoConfiguration().signalsKeyring(none, false);
        Path file = dir.resolve("keys").resolve(SignalsCryptoConfiguration.DEV_KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Keyring again = new SignalsCryptoConfiguration().signalsKeyring(none, false);
        String value = new FieldCipher(first).encrypt("kept across restarts", "c:1");
        assertThat(new FieldCipher(again).decrypt(value, "c:1")).isEqualTo("kept across restarts");
    }

    @Test
    void configuredKeysWinAndTheCurrentIdIsUsed(@TempDir Path dir) {
        var configured = new SignalsCryptoProperties(Map.of("k1", FieldCipherTest.K1, "k2", FieldCipherTest.K2), "k2",
                FieldCipherTest.BIK, dir);
        Keyring keyring = new SignalsCryptoConfiguration().signalsKeyring(configured, true);
        assertThat(keyring.currentId()).isEqualTo("k2");
        assertThat(dir).isEmptyDirectory();
    }
}
