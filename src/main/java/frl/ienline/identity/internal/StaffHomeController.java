package frl.ienline.identity.internal;

import frl.ienline.identity.Organisation;
import frl.ienline.identity.Organisations;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff home {@code /app}: who you are signed in as, what you may see, and tiles to your functions. */
@Controller
class StaffHomeController {

    private final Organisations organisations;

    StaffHomeController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/app")
    String home(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("me", actor);
        model.addAttribute("organisationName", organisations.find(actor.organisationCode()).map(Organisation::name)
                .orElse(actor.organisationCode()));
        model.addAttribute("roleNames", actor.roles().stream().sorted().map(Role::name).toList());
        List<String> municipalities = actor.scope().municipalities().stream().map(organisations::municipalityName)
                .toList();
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("allMunicipalities", municipalities.size() == organisations.municipalities().size());
        model.addAttribute("compartment", actor.scope().compartment().name());
        return "identity/home";
    }
}
