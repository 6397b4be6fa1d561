package frl.ienline.identity.internal;

import frl.ienline.shared.InputRejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pages behind the one-time links, open without login: {@value #ACTIVATE}/{token} sets the account's
 * password, {@value #BIND}/{token} sends the user to their organisation's identity provider to bind it.
 * A GET only shows a form; the state changes are POSTs with a CSRF token, so nobody can plant a link in
 * someone else's browser session.
 */
@Controller
class AccountLinkController {

    static final String ACTIVATE = "/login/activeren";
    static final String BIND = "/login/koppelen";

    private final OwnPasswords ownPasswords;
    private final AccountLinks links;
    private final StaffUsers users;
    private final OidcProviders providers;

    AccountLinkController(OwnPasswords ownPasswords, AccountLinks links, StaffUsers users, OidcProviders providers) {
        this.ownPasswords = ownPasswords;
        this.links = links;
        this.users = users;
        this.providers = providers;
    }

    @GetMapping(ACTIVATE + "/{token}")
    String activateForm(@PathVariable String token, Model model) {
        StaffUser user = ownPasswords.accountOf(token);
        return activatePage(model, token, user, List.of());
    }

    @PostMapping(ACTIVATE + "/{token}")
    String activate(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            ownPasswords.setThroughLink(token, password, repeat);
            redirect.addFlashAttribute("passwordSet", true);
            return "redirect:/login";
        } catch (InputRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return activatePage(model, token, ownPasswords.accountOf(token), e.problems());
        }
    }

    @GetMapping(BIND + "/{token}")
    String bindForm(@PathVariable String token, Model model) {
        StaffUser user = bindingAccount(token);
        model.addAttribute("token", token);
        model.addAttribute("username", user.username().value());
        model.addAttribute("providers", providers.offeredFor(user.access().organisationCode()));
        return "identity/bind";
    }

    /** Remembers the link in the session and starts the login at the chosen provider. */
    @PostMapping(BIND + "/{token}")
    String bind(@PathVariable String token, @RequestParam(defaultValue = "") String registration,
            HttpServletRequest request) {
        StaffUser user = bindingAccount(token);
        boolean offered = providers.offeredFor(user.access().organisationCode()).stream()
                .anyMatch(p -> p.id().equals(registration));
        if (!offered) {
            throw new InputRejected(List.of(new InputRejected.Problem("registration", "identity.bind.error.provider")));
        }
        AccountLinks.Link link = links.valid(token, AccountLinks.Purpose.IDP).orElseThrow(OwnPasswords.LinkInvalid::new);
        request.getSession(true).setAttribute(OidcLogin.PENDING_BINDING, link.id());
        return "redirect:/oauth2/authorization/" + registration;
    }

    @ExceptionHandler(OwnPasswords.LinkInvalid.class)
    String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/link-invalid";
    }

    /**
     * Puts a freshly issued link on the next page, once (a flash attribute: it lives in the session until shown).
     * The address comes from this request, so it names the host the administrator uses.
     */
    static void showOnce(AccountLinks.Issued link, java.time.ZoneId zone, RedirectAttributes redirect) {
        String path = (link.purpose() == AccountLinks.Purpose.PASSWORD ? ACTIVATE : BIND) + "/" + link.token();
        redirect.addFlashAttribute("issuedLink", ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
        redirect.addFlashAttribute("issuedLinkPurpose", link.purpose().name());
        redirect.addFlashAttribute("issuedLinkExpires", link.expiresAt().atZone(zone));
    }

    private StaffUser bindingAccount(String token) {
        return links.valid(token, AccountLinks.Purpose.IDP).flatMap(link -> users.byId(link.userId()))
                .filter(StaffUser::enabled).orElseThrow(OwnPasswords.LinkInvalid::new);
    }

    private static String activatePage(Model model, String token, StaffUser user, List<InputRejected.Problem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.where(), k -> new ArrayList<>()).add(p.what()));
        model.addAttribute("token", token);
        model.addAttribute("username", user.username().value());
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", byField);
        return "identity/activate";
    }
}
