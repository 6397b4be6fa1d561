package frl.ienline.signals.internal;

import frl.ienline.platform.crypto.BlindIndex;
import frl.ienline.platform.crypto.BlindIndexColumn;
import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.FieldCipher;
import frl.ienline.platform.crypto.KeyRing;
import frl.ienline.platform.crypto.KeyRings;
import frl.ienline.platform.crypto.Reencryption;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The signals module on the key kit (ADR 0012): keys from {@code IENLINE_SIGNALS_CRYPTO_*} (the single pre-kit
 * {@code IENLINE_SIGNALS_CRYPTO_BLIND_INDEX_KEY} is blind index key {@code b0}; V111 put that id in front of every
 * stored index), the columns the re-encryption job walks, and the cipher and indexes the repository uses.
 */
@Configuration(proxyBeanMethods = false)
class SignalsCrypto {

    @Bean
    SignalsKeys signalsKeys(KeyRings rings) {
        return SignalsKeys.of(rings.load("signals", KeyRings.Option.REFERENCE_KEY));
    }

    @Bean
    Reencryption signalsReencryption(JdbcClient jdbc, SignalsKeys keys) {
        return new Reencryption(jdbc, keys.cipher(), keys.index().kit(), Signals.ENCRYPTED, INDEXED);
    }

    /** The module's cipher and indexes, as one bean of the module's own type (no clash with other modules' kits). */
    record SignalsKeys(FieldCipher cipher, SignalsIndex index) {
        static SignalsKeys of(KeyRing ring) {
            return new SignalsKeys(new FieldCipher(ring), new SignalsIndex(new BlindIndex(ring)));
        }
    }

    static final List<BlindIndexColumn> INDEXED = List.of(
            BlindIndexColumn.of(Signals.PHONE, "number_bi", "phone", null),
            BlindIndexColumn.of(Signals.PSEUDONYM, "pseudonym_bi", "pseudonym", BlindIndex::normaliseText),
            BlindIndexColumn.of(Signals.LOCATION, "location_bi", "address", BlindIndex::normaliseText));

    static EncryptedColumn column(String table, String column) {
        return EncryptedColumn.text("signals", table, column);
    }
}
