package frl.ienline.identity.internal;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The identity module's infrastructure beans and its menu entry. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    @Bean
    SecretCipher totpSecretCipher(IdentityProperties properties, @Value("${ienline.production:false}") boolean production) {
        return SecretCipher.load(properties.totp().key(), properties.totp().keyFile(), !production);
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock, IdentityProperties properties) {
        IdentityProperties.Login login = properties.login();
        return new LoginThrottle(clock, login.maxFailures(), login.maxFailuresPerAddress(), login.window());
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
}
