package frl.ienline.identity.internal;

import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import frl.ienline.platform.crypto.KeyRing;
import frl.ienline.platform.crypto.KeyRings;
import frl.ienline.platform.crypto.Reencryption;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The identity module's infrastructure beans and its menu entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    @Bean
    SecretCipher totpSecretCipher(IdentityProperties properties, KeyRings rings) {
        KeyRing ring = rings.load("identity", KeyRings.Option.NO_BLIND_INDEX);
        return new SecretCipher(SecretCipher.withPreKitKey(ring, properties.totp().key(), properties.totp().keyFile()));
    }

    /** Moves TOTP secrets to the current identity key (nightly, key kit). */
    @Bean
    Reencryption identityReencryption(JdbcClient jdbc, SecretCipher cipher) {
        return new Reencryption(jdbc, cipher.fieldCipher(), null, List.of(SecretCipher.TOTP_SECRET), List.of());
    }

    @Bean
    LoginThrottle loginThrottle(ThrottleStore throttles, ClientKeys keys, IdentityProperties properties) {
        IdentityProperties.Login login = properties.login();
        return new LoginThrottle(throttles, keys, login.maxFailuresPerAddress(), login.maxFailures(), login.window(),
                login.firstDelay(), login.maxDelay());
    }

    @Bean
    AccountLinks accountLinks(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
        return new AccountLinks(jdbc, clock, properties.accountLinks().validFor());
    }

    /** The one-time links a user follows before they can sign in: set a password, bind an identity provider. */
    @Bean
    PublicPaths accountLinkPaths() {
        return PublicPaths.of(AccountLinkController.ACTIVATE + "/*", AccountLinkController.BIND + "/*");
    }

    @Bean
    NavigationItem userAdministrationMenu() {
        return new NavigationItem("identity.nav.users", "/app/beheer/gebruikers", 900, Set.of(Role.FUNCTIONAL_ADMIN));
    }

    @Bean
    NavigationItem apiTokenAdministrationMenu() {
        return new NavigationItem("identity.nav.tokens", ApiTokenAdminController.PATH, 905, Set.of(Role.FUNCTIONAL_ADMIN));
    }
}
