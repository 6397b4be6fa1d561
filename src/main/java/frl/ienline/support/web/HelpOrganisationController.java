package frl.ienline.support.web;

import frl.ienline.shared.CurrentActor;
import frl.ienline.support.internal.CareStaff;
import frl.ienline.support.internal.HelpOrganisations;
import frl.ienline.support.internal.HelpOrganisations.OrganisationInput;
import frl.ienline.support.internal.PortalContent;
import frl.ienline.support.internal.PortalLanguages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Care editors maintain the help organisations the portal lists: add, change and retire, each a version
 * that a second editor reviews before it goes live. Under {@code /app/ondersteuning}, so behind the wall.
 */
@Controller
@RequestMapping(HelpOrganisationController.BASE)
class HelpOrganisationController {

    static final String BASE = SupportWebConfiguration.STAFF + "/organisaties";

    private final HelpOrganisations organisations;
    private final CareStaff staff;

    HelpOrganisationController(HelpOrganisations organisations, CareStaff staff) {
        this.organisations = organisations;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("awaiting", organisations.awaitingReview());
        model.addAttribute("me", CurrentActor.require().id());
        return "support/staff/organisations";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        staff.requireCareWorker("help-organisation"); // guarded like its POST (D13)
        return form(null, null, model);
    }

    @PostMapping("/nieuw")
    String create(@RequestParam Map<String, String> params, @RequestParam(required = false) Set<String> languages,
            @RequestParam(defaultValue = "false") boolean submit, Model model) {
        OrganisationInput input = input(params, languages);
        return FormErrors.submit(model, () -> "redirect:" + BASE + "/" + saveDraft(null, input, submit) + "?opgeslagen",
                () -> form(null, input, model));
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        return form(code, null, model);
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> params,
            @RequestParam(required = false) Set<String> languages, @RequestParam(defaultValue = "false") boolean submit,
            Model model) {
        OrganisationInput input = input(params, languages);
        return FormErrors.submit(model, () -> "redirect:" + BASE + "/" + saveDraft(code, input, submit) + "?opgeslagen",
                () -> form(code, input, model));
    }

    @PostMapping("/{code}/opheffen")
    String retire(@PathVariable String code, Model model) {
        return FormErrors.submit(model, () -> {
            organisations.proposeRetirement(code);
            return "redirect:" + BASE + "/" + code;
        }, () -> form(code, null, model));
    }

    @PostMapping("/versies/{id}/ter-review")
    String submitForReview(@PathVariable UUID id) {
        organisations.submitForReview(id);
        return "redirect:" + BASE;
    }

    @PostMapping("/versies/{id}/goedkeuren")
    String approve(@PathVariable UUID id) {
        organisations.approve(id);
        return "redirect:" + BASE;
    }

    @PostMapping("/versies/{id}/afwijzen")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String note) {
        organisations.reject(id, note);
        return "redirect:" + BASE;
    }

    /** The form for a new organisation (code null) or a change: what was entered, else the open draft, else what is live. */
    /** Saves the draft (and offers it for review if asked); returns the organisation's code. */
    private String saveDraft(String code, OrganisationInput input, boolean submit) {
        UUID id = organisations.saveDraft(code, input);
        if (submit) {
            organisations.submitForReview(id);
        }
        return organisations.version(id).code();
    }

    private String form(String code, OrganisationInput entered, Model model) {
        OrganisationInput base = entered;
        if (code != null) {
            var history = organisations.history(code);
            model.addAttribute("history", history);
            model.addAttribute("organisation", organisations.published(code).orElse(null));
            if (base == null) {
                base = history.stream().filter(v -> v.status() == PortalContent.Status.DRAFT).findFirst()
                        .map(HelpOrganisations.Version::input)
                        .or(() -> organisations.published(code).map(HelpOrganisations.Organisation::asInput)).orElse(null);
            }
        }
        model.addAttribute("code", code);
        model.addAttribute("input", base);
        model.addAttribute("languages", PortalLanguages.nativeNames());
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("me", CurrentActor.require().id());
        return "support/staff/organisation-edit";
    }

    private static OrganisationInput input(Map<String, String> params, Set<String> languages) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        PortalLanguages.ALL.forEach(l -> descriptions.put(l, params.get("description-" + l)));
        return new OrganisationInput(params.getOrDefault("name", ""), params.getOrDefault("address", ""),
                params.getOrDefault("phone", ""), params.getOrDefault("hours", ""), params.getOrDefault("website", ""),
                languages, descriptions);
    }
}
