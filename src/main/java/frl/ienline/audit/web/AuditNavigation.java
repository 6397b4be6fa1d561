package frl.ienline.audit.web;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access log in the staff menu, for the privacy officer only. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem accessLogNavigation() {
        return new NavigationItem("audit.nav", "/app/toegangslog", 900, Set.of(Role.PRIVACY_OFFICER));
    }
}
