package frl.ienline.identity.internal;

import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.Role;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's infrastructure beans and its menu entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    @Bean
    SecretCipher totpSecretCipher(IdentityProperties properties, @Value("${ienline.production:false}") boolean production) {
        return SecretCipher.load(properties.totp().key(), properties.totp().keyFile(), !production);
    }

    @Bean
    LoginThrottle loginThrottle(ThrottleStore throttles, ClientKeys keys, IdentityProperties properties) {
        IdentityProperties.Login login = properties.login();
        return new LoginThrottle(throttles, keys, login.maxFailuresPerAddress(), login.maxFailures(), login.window(),
                login.firstDelay(), login.maxDelay());
    }

    @Bean
    NavigationItem userAdministrationMenu() {
        return new NavigationItem("identity.nav.users", "/app/beheer/gebruikers", 900, Set.of(Role.FUNCTIONAL_ADMIN));
    }
}
