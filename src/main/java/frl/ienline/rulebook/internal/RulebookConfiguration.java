package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.Gazetteer;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.NavigationItem;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import java.util.EnumSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's beans for the rest of the application: the gazetteer, the public API paths, the menu entry. */
@Configuration(proxyBeanMethods = false)
class RulebookConfiguration {

    /** The gazetteer, checked against the municipalities of the newest rulebook version. */
    @Bean
    Gazetteer gazetteer(Rulebook rulebook) {
        return Gazetteer.loadBundled(rulebook.versions().getLast().municipalities());
    }

    /** The rulebook and the municipalities are public information. */
    @Bean
    PublicPaths rulebookPublicPaths() {
        return PublicPaths.of("/api/v1/gemeenten", "/api/v1/regelset");
    }

    /** Every signed-in staff member may read the rulebook. */
    @Bean
    NavigationItem rulebookNavigation() {
        return new NavigationItem("rulebook.nav", "/app/regelset", 90, EnumSet.allOf(Role.class));
    }
}
