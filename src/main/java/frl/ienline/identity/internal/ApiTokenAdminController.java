package frl.ienline.identity.internal;

import frl.ienline.identity.Organisation;
import frl.ienline.identity.Organisations;
import frl.ienline.shared.ApiClient;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.InputRejected;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens for machine clients under {@code /app/beheer/api-tokens} (functional administrators only, by the
 * filter chain's rule for {@code /app/beheer/**}; ADR 0025). A new token is shown once, in the answer to the
 * POST itself (no redirect: a flash attribute would put it in the session store), with {@code no-store}.
 */
@Controller
@RequestMapping(ApiTokenAdminController.PATH)
class ApiTokenAdminController {

    static final String PATH = "/app/beheer/api-tokens";

    private final ApiTokens tokens;
    private final Organisations organisations;
    private final Clock clock;

    ApiTokenAdminController(ApiTokens tokens, Organisations organisations, Clock clock) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return page(model, "", "", "", List.of());
    }

    @PostMapping
    String issue(@RequestParam(name = "organisatie", required = false) String organisation,
            @RequestParam(name = "naam", required = false) String name,
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "geldigTot", required = false) String lastDay, Model model,
            HttpServletResponse response) {
        try {
            if (organisation == null || organisations.find(organisation).isEmpty()) {
                throw InputRejected.of("organisatie", "identity.tokens.error.organisation");
            }
            LocalDate day;
            try {
                day = lastDay == null || lastDay.isBlank() ? null : LocalDate.parse(lastDay.strip());
            } catch (DateTimeParseException e) {
                day = null;
            }
            ApiTokens.Issued issued = tokens.issue(organisation, name, scope, day, CurrentActor.require().id());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("issuedToken", issued.value());
            model.addAttribute("issuedFor", issued.token());
            return page(model, "", "", "", List.of());
        } catch (InputRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, organisation, name, lastDay, e.problems());
        }
    }

    @PostMapping("/{id}/intrekken")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        if (!tokens.revoke(id, CurrentActor.require().id())) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "identity.tokens.revoked");
        return "redirect:" + PATH;
    }

    private String page(Model model, String organisation, String name, String lastDay,
            List<InputRejected.Problem> problems) {
        List<Organisation> all = organisations.all();
        Map<String, String> names = all.stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("organisations", all);
        model.addAttribute("organisationNames", names);
        model.addAttribute("form", Map.of("organisatie", organisation == null ? "" : organisation,
                "naam", name == null ? "" : name, "geldigTot", lastDay == null ? "" : lastDay));
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", problems.stream().collect(Collectors.groupingBy(InputRejected.Problem::where,
                Collectors.mapping(InputRejected.Problem::what, Collectors.toList()))));
        model.addAttribute("scope", ApiClient.SCOPE_IMPORT);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("maxDay", LocalDate.now(clock).plusDays(ApiTokens.MAX_VALIDITY.toDays() - 1));
        return "identity/api-tokens";
    }
}
