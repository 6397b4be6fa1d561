package frl.ienline.register.web;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register's public paths (online application, public register, verification API) and menu entries. */
@Configuration(proxyBeanMethods = false)
class RegisterWebConfiguration {

    @Bean
    PublicPaths registerPublicPaths() {
        return PublicPaths.of("/aanvragen", "/aanvragen/**", "/vergunningen", "/api/v1/vergunningen",
                "/api/v1/vergunningen/**");
    }

    @Bean
    NavigationItem registerWorklistNavigation() {
        return new NavigationItem("register.nav.worklist", "/app/register", 20, Set.of(Role.LICENSING_OFFICER));
    }

    @Bean
    NavigationItem registerLicencesNavigation() {
        return new NavigationItem("register.nav.licences", "/app/register/vergunningen", 21,
                Set.of(Role.LICENSING_OFFICER, Role.INSPECTOR, Role.TEAM_COORDINATOR));
    }

    @Bean
    NavigationItem registerOutboxNavigation() {
        return new NavigationItem("register.nav.outbox", "/app/uitgaande-post", 23, Set.of(Role.LICENSING_OFFICER));
    }

    @Bean
    NavigationItem registerProposalsNavigation() {
        return new NavigationItem("register.nav.proposals", "/app/register/voorstellen", 22,
                Set.of(Role.LICENSING_OFFICER));
    }
}
