package frl.ienline.register.web;

import frl.ienline.register.internal.DecisionProposals;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The licensing officer's decision proposals from the enforcement ladder: list, decide, and the letter. */
@Controller
@RequestMapping("/app/register/voorstellen")
class DecisionProposalsController {

    private final DecisionProposals proposals;

    DecisionProposalsController(DecisionProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("proposals", proposals.forOfficer());
        return "register/staff/proposals";
    }

    @GetMapping("/{id}")
    String proposal(@PathVariable UUID id, Model model) {
        model.addAttribute("p", proposals.proposal(id));
        return "register/staff/proposal";
    }

    @PostMapping("/{id}/overnemen")
    String adopt(@PathVariable UUID id, @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        proposals.checkMayDecide(id); // the role before the input (D12)
        Flash.run(redirect, "register.proposal.adopted",
                () -> proposals.adopt(id, until.isBlank() ? null : FormErrors.date(until), reason));
        return "redirect:/app/register/voorstellen/" + id;
    }

    @PostMapping("/{id}/afwijzen")
    String decline(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        Flash.run(redirect, "register.proposal.declined", () -> proposals.decline(id, reason));
        return "redirect:/app/register/voorstellen/" + id;
    }

    @GetMapping("/{id}/besluit.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        return Downloads.attachment(proposals.letter(id), "application/pdf", "besluit-" + id + ".pdf");
    }
}
