package frl.ienline.register.web;

import frl.ienline.register.internal.DecisionDocuments;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicensingRules;
import frl.ienline.register.internal.Person;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
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

/** Staff pages for licences: the regional register, one licence, its amendments and the PDF. */
@Controller
@RequestMapping("/app/register/vergunningen")
class OfficerLicencesController {

    private final LicenceAdministration licences;
    private final DecisionDocuments documents;
    private final LicensingRules rules;
    private final Clock clock;

    OfficerLicencesController(LicenceAdministration licences, DecisionDocuments documents, LicensingRules rules,
            Clock clock) {
        this.licences = licences;
        this.documents = documents;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String gemeente, Model model) {
        model.addAttribute("rows", licences.regional(gemeente));
        model.addAttribute("municipalities", rules.municipalitiesByName());
        model.addAttribute("gemeente", gemeente);
        return "register/staff/licences";
    }

    @GetMapping("/{id}")
    String file(@PathVariable UUID id, Model model) {
        model.addAttribute("file", licences.file(id));
        model.addAttribute("today", LocalDate.now(clock));
        // inspectors and coordinators read licences, not application files: no link that answers 403 (D13)
        model.addAttribute("mayOpenApplication", CurrentActor.require().hasRole(Role.LICENSING_OFFICER));
        return "register/staff/licence";
    }

    @GetMapping("/{id}/vergunning.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        byte[] pdf = documents.licence(id);
        return Downloads.attachment(pdf, "application/pdf", "vergunning-" + id + ".pdf");
    }

    @PostMapping("/{id}/schorsen")
    String suspend(@PathVariable UUID id, @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        change(id, redirect, "register.done.suspended", () -> licences.suspend(id, FormErrors.date(until), reason));
        return back(id);
    }

    @PostMapping("/{id}/schorsing-opheffen")
    String lift(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        change(id, redirect, "register.done.suspensionLifted", () -> licences.liftSuspension(id, reason));
        return back(id);
    }

    @PostMapping("/{id}/intrekken")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        change(id, redirect, "register.done.revoked", () -> licences.revoke(id, reason));
        return back(id);
    }

    @PostMapping("/{id}/vervallen")
    String lapse(@PathVariable UUID id, @RequestParam(defaultValue = "") String endedOn,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        change(id, redirect, "register.done.lapsed", () -> licences.lapse(id, FormErrors.date(endedOn), reason));
        return back(id);
    }

    @PostMapping("/{id}/beheerders")
    String addManager(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String birthDate, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        change(id, redirect, "register.done.managerAdded",
                () -> licences.addManager(id, new Person(name, FormErrors.date(birthDate)), reason));
        return back(id);
    }

    @PostMapping("/{id}/beheerders/{index}/afmelden")
    String removeManager(@PathVariable UUID id, @PathVariable int index, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        change(id, redirect, "register.done.managerRemoved", () -> licences.removeManager(id, index, reason));
        return back(id);
    }

    /** Role and scope first, then the input (D12): a refused officer never sees what is wrong with it. */
    private void change(UUID id, RedirectAttributes redirect, String doneKey, Runnable action) {
        licences.checkMayChange(id);
        Flash.run(redirect, doneKey, action);
    }

    private static String back(UUID id) {
        return "redirect:/app/register/vergunningen/" + id;
    }
}
