package frl.ienline.register.internal;

import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.EncryptedColumn;
import frl.ienline.platform.crypto.KeyRings;
import frl.ienline.platform.crypto.Reencryption;
import java.util.ArrayList;
import java.util.List;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's keys from {@code IENLINE_REGISTER_CRYPTO_*} through the key kit, and its re-encryption job (run
 * at start-up and nightly by the kit), which also encrypts the values stored in plain text before V230.
 */
@Configuration(proxyBeanMethods = false)
class RegisterCrypto {

    @Bean
    RegisterKeys registerKeys(KeyRings rings) {
        return new RegisterKeys(rings.load("register"));
    }

    @Bean
    Reencryption registerReencryption(JdbcClient jdbc, RegisterKeys keys) {
        List<EncryptedColumn> encrypted = new ArrayList<>(RegisterKeys.ENCRYPTED);
        encrypted.addAll(ApplicantContacts.ENCRYPTED); // what the register keeps beside the application (ADR 0023)
        encrypted.add(Notices.ARGS);
        encrypted.add(OutgoingMail.RECIPIENT);
        return new Reencryption(jdbc, keys.cipher(), keys.index(), List.copyOf(encrypted), RegisterKeys.INDEXED);
    }
}
