package frl.ienline.signals.web;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import frl.ienline.signals.internal.Viewer;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Menu entries for staff who may use signals, and the anonymous public form as a path without login. */
@Configuration(proxyBeanMethods = false)
class SignalsWebConfiguration {

    @Bean
    NavigationItem signalsNavigation() {
        return new NavigationItem("signals.nav", "/app/signalen", 50, Viewer.INTAKE_ROLES);
    }

    @Bean
    NavigationItem signalsShareRegisterNavigation() {
        EnumSet<Role> roles = EnumSet.copyOf(Viewer.TRIAGE_ROLES);
        roles.add(Role.PRIVACY_OFFICER);
        return new NavigationItem("signals.nav.register", "/app/signalen/verstrekkingen", 51, roles);
    }

    @Bean
    PublicPaths signalsPublicPaths() {
        return PublicPaths.of("/melden", "/melden/**");
    }
}
