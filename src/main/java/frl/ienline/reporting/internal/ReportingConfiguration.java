package frl.ienline.reporting.internal;

import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's beans for the rest of the application: the menu entry and the public open-data path. */
@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

    @Bean
    NavigationItem reportingNavigation() {
        return new NavigationItem("reporting.nav", "/app/rapportage", 80, ReportingAccess.ROLES);
    }

    /** The figures are public as open data: counts only, suppressed. */
    @Bean
    PublicPaths reportingPublicPaths() {
        return PublicPaths.of("/api/v1/statistieken");
    }
}
