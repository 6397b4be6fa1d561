package frl.ienline.supervision.web;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.Role;
import frl.ienline.supervision.internal.SupervisionAccess;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supervision entries of the staff menu. */
@Configuration(proxyBeanMethods = false)
class SupervisionWebConfiguration {

    @Bean
    NavigationItem supervisionWorklist() {
        return new NavigationItem("supervision.nav.worklist", "/app/toezicht", 30, SupervisionAccess.TEAM);
    }

    @Bean
    NavigationItem supervisionLicensedInspections() {
        return new NavigationItem("supervision.nav.inspections", "/app/toezicht/vergunde-bedrijven", 24,
                Set.of(Role.LICENSING_OFFICER));
    }

    /** A municipality's own enforcement officer works cases and the ladder, not the team's worklist. */
    @Bean
    NavigationItem supervisionCases() {
        return new NavigationItem("supervision.nav.cases", "/app/toezicht/zaken", 31,
                Set.of(Role.MUNICIPAL_ENFORCEMENT_OFFICER));
    }

    @Bean
    NavigationItem supervisionNotifications() {
        return new NavigationItem("supervision.nav.notifications", "/app/toezicht/meldingen", 25,
                Set.of(Role.LICENSING_OFFICER, Role.MUNICIPAL_ENFORCEMENT_OFFICER));
    }
}
