package frl.ienline.support.web;

import frl.ienline.platform.ClientKeys;
import frl.ienline.support.internal.HelpOrganisations;
import frl.ienline.support.internal.MemberTips;
import frl.ienline.support.internal.Members;
import frl.ienline.support.internal.Objections;
import frl.ienline.support.internal.PortalContent;
import frl.ienline.support.internal.PortalFacts;
import frl.ienline.support.internal.PortalLanguages;
import frl.ienline.support.internal.PortalSecurity;
import frl.ienline.support.internal.PortalThrottles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public portal: no account, no trace. Pages come from the content store in the visitor's language
 * (or Dutch with a notice); rulebook facts on the rights page come from the rulebook port.
 */
@Controller
class PortalController {

    private final PortalContent content;
    private final PortalFacts facts;
    private final Members members;
    private final Objections objections;
    private final MemberTips tips;
    private final HelpOrganisations organisations;
    private final PortalThrottles throttles;
    private final ClientKeys clientKeys;

    PortalController(PortalContent content, PortalFacts facts, Members members, Objections objections, MemberTips tips,
            HelpOrganisations organisations, PortalThrottles throttles, ClientKeys clientKeys) {
        this.throttles = throttles;
        this.clientKeys = clientKeys;
        this.content = content;
        this.facts = facts;
        this.members = members;
        this.objections = objections;
        this.tips = tips;
        this.organisations = organisations;
    }

    @GetMapping("/portaal")
    String start(Locale locale, Model model) {
        String language = PortalLanguages.of(locale);
        model.addAttribute("page", content.page("start", language));
        model.addAttribute("pages", content.index(language));
        return "support/portal/start";
    }

    @GetMapping("/portaal/info/{slug}")
    String page(@PathVariable String slug, Locale locale, Model model) {
        if ("start".equals(slug) || !slug.matches("[a-z][a-z0-9-]{1,40}")) {
            throw new frl.ienline.shared.NotFound("page");
        }
        String language = PortalLanguages.of(locale);
        model.addAttribute("page", content.page(slug, language));
        if ("rechten".equals(slug)) {
            model.addAttribute("facts", facts);
        }
        if ("hulp".equals(slug)) {
            model.addAttribute("organisations", organisations.forPortal(language));
            model.addAttribute("languageNames", PortalLanguages.nativeNames());
        }
        return "support/portal/page";
    }

    @GetMapping("/portaal/tips")
    String tips(Model model) {
        model.addAttribute("tips", tips.published());
        return "support/portal/tips";
    }

    @GetMapping("/portaal/aanmelden")
    String signUpForm(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "support/portal/signup";
    }

    /** Answers a taken working name exactly like a new account (D2): to the login page, with a hedged notice. */
    @PostMapping("/portaal/aanmelden")
    String signUp(@RequestParam(defaultValue = "") String workingName, @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String email, @RequestParam(defaultValue = "false") boolean alertsByEmail,
            Locale locale, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        throttles.signUp(clientKeys.of(request));
        return FormErrors.submit(model, () -> {
            members.signUp(workingName, password, email, alertsByEmail, PortalLanguages.of(locale));
            redirect.addAttribute("aangemeld", "");
            return "redirect:/portaal/inloggen";
        }, () -> {
            model.addAttribute("workingName", workingName);
            model.addAttribute("email", email);
            model.addAttribute("alertsByEmail", alertsByEmail);
            return "support/portal/signup";
        });
    }

    @GetMapping("/portaal/inloggen")
    String loginForm() {
        return "support/portal/login";
    }

    /** Where a throttled member login is forwarded (PortalSecurity): the form, 429 and how long to wait. */
    @RequestMapping(PortalSecurity.WAIT_PAGE)
    String loginWait(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!(request.getAttribute(PortalSecurity.RETRY_AFTER) instanceof Long seconds)) {
            return "redirect:/portaal/inloggen";
        }
        response.setStatus(429);
        model.addAttribute("retryAfter", seconds);
        return "support/portal/login";
    }

    @GetMapping("/portaal/bezwaar")
    String objectionForm(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "support/portal/objection";
    }

    @PostMapping("/portaal/bezwaar")
    String objection(@RequestParam(required = false) String alertReference, @RequestParam(defaultValue = "") String message,
            @RequestParam(required = false) String contact, Model model, HttpServletRequest request) {
        throttles.objection(clientKeys.of(request));
        return FormErrors.submit(model, () -> {
            objections.submit(alertReference, message, contact);
            return "redirect:/portaal/bezwaar/ontvangen";
        }, () -> {
            model.addAttribute("alertReference", alertReference);
            model.addAttribute("message", message);
            model.addAttribute("contact", contact);
            return "support/portal/objection";
        });
    }

    @GetMapping("/portaal/bezwaar/ontvangen")
    String objectionReceived() {
        return "support/portal/objection-received";
    }
}
