package frl.ienline.platform.web;

import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.NavigationItem;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the demo marker, the signed-in actor and the staff menu. */
@ControllerAdvice
class LayoutModel {

    private final boolean demo;
    private final List<NavigationItem> navigation;

    LayoutModel(@Value("${ienline.demo.enabled:false}") boolean demo, List<NavigationItem> navigation) {
        this.demo = demo;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.get().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return CurrentActor.get().map(actor -> navigation.stream().filter(item -> item.visibleTo(actor)).toList())
                .orElse(List.of());
    }
}
