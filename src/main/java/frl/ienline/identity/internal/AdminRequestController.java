package frl.ienline.identity.internal;

import frl.ienline.identity.Organisations;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@value #PATH}: the requests that wait for a second functional administrator (review M13). The approving
 * administrator sees a resulting one-time link once, on the page after approval.
 */
@Controller
@RequestMapping(AdminRequestController.PATH)
class AdminRequestController {

    static final String PATH = "/app/beheer/gebruikers/verzoeken";

    private final AccessApprovals approvals;
    private final StaffUsers users;
    private final Organisations organisations;
    private final Clock clock;

    AdminRequestController(AccessApprovals approvals, StaffUsers users, Organisations organisations, Clock clock) {
        this.approvals = approvals;
        this.users = users;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        var pending = approvals.pending();
        Map<UUID, String> accounts = new LinkedHashMap<>();
        pending.stream().filter(r -> r.userId() != null).forEach(r -> users.byId(r.userId())
                .ifPresent(u -> accounts.put(u.id(), u.username().value() + " (" + u.displayName() + ")")));
        model.addAttribute("requests", pending);
        model.addAttribute("accounts", accounts);
        model.addAttribute("me", CurrentActor.require().id());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("organisationNames", organisations.all().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.code(), o -> o.name())));
        return "identity/requests";
    }

    @PostMapping("/{id}/goedkeuren")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            AccessApprovals.Approved approved = approvals.approve(id);
            redirect.addFlashAttribute("saved", "identity.requests.approved." + approved.request().kind());
            if (approved.link() != null) {
                AccountLinkController.showOnce(approved.link(), clock.getZone(), redirect);
            }
        } catch (InputRejected e) {
            redirect.addFlashAttribute("refused", e.problems().getFirst().what());
        }
        return "redirect:" + PATH;
    }

    @PostMapping("/{id}/afwijzen")
    String reject(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            approvals.reject(id);
            redirect.addFlashAttribute("saved", "identity.requests.rejected");
        } catch (InputRejected e) {
            redirect.addFlashAttribute("refused", e.problems().getFirst().what());
        }
        return "redirect:" + PATH;
    }
}
