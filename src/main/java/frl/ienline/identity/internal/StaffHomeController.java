package frl.ienline.identity.internal;

import frl.ienline.identity.Organisation;
import frl.ienline.identity.Organisations;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The staff home {@code /app}: who you are signed in as, what you may see, tiles to your functions, and notices
 * of changes administrators made to your account (so a reset or a new role never goes unnoticed).
 */
@Controller
class StaffHomeController {

    private final Organisations organisations;
    private final AccountNotices notices;
    private final Clock clock;

    StaffHomeController(Organisations organisations, AccountNotices notices, Clock clock) {
        this.organisations = organisations;
        this.notices = notices;
        this.clock = clock;
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
        model.addAttribute("notices", notices.unread(actor.id()));
        model.addAttribute("zone", clock.getZone());
        return "identity/home";
    }

    /** The staff member has read the notices of changes administrators made to their account. */
    @PostMapping("/app/mijn-account/meldingen-gelezen")
    String noticesRead() {
        notices.markRead(CurrentActor.require().id());
        return "redirect:/app";
    }
}
