package frl.ienline.identity.internal;

import frl.ienline.identity.Organisations;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration pages under {@code /app/beheer/gebruikers} (functional administrators only). What needs
 * a second administrator becomes a request, decided on {@link AdminRequestController}'s page.
 */
@Controller
@RequestMapping("/app/beheer/gebruikers")
class UserAdminController {

    /** The user form as posted; lengths are checked here, the rules in {@link UserAdministration}. */
    record UserForm(@Size(max = 64) String username, @Size(max = 200) String displayName,
            @Size(max = 32) String organisation, @Size(max = 20) List<String> roles,
            @Size(max = 40) List<String> municipalities) {

        static UserForm empty() {
            return new UserForm("", "", "", List.of(), List.of());
        }

        static UserForm of(StaffUser user) {
            return new UserForm(user.username().value(), user.displayName(), user.access().organisationCode(),
                    user.access().roles().stream().map(Role::name).toList(),
                    user.access().municipalities().stream().map(m -> m.value()).toList());
        }

        UserAdministration.Draft draft() {
            return new UserAdministration.Draft(username, displayName, organisation, roles, municipalities);
        }

        public boolean hasRole(String role) {
            return roles != null && roles.contains(role);
        }

        public boolean hasMunicipality(String code) {
            return municipalities != null && municipalities.contains(code);
        }
    }

    private final UserAdministration administration;
    private final Organisations organisations;
    private final OidcProviders providers;
    private final Clock clock;

    UserAdminController(UserAdministration administration, Organisations organisations, OidcProviders providers,
            Clock clock) {
        this.administration = administration;
        this.organisations = organisations;
        this.providers = providers;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String organisatie,
            @RequestParam(required = false) String rol, @RequestParam(required = false) String status, Model model) {
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(rol)).findFirst().orElse(null);
        Boolean enabled = "actief".equals(status) ? Boolean.TRUE : "uitgeschakeld".equals(status) ? Boolean.FALSE : null;
        String organisation = organisations.find(organisatie == null ? "" : organisatie).map(o -> o.code()).orElse(null);
        model.addAttribute("users", administration.search(new StaffUsers.Filter(q, organisation, role, enabled)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("selectedOrganisation", organisation == null ? "" : organisation);
        model.addAttribute("selectedRole", role == null ? "" : role.name());
        model.addAttribute("selectedStatus", enabled == null ? "" : status);
        addChoices(model);
        return "identity/users";
    }

    @GetMapping("/nieuw")
    String newUser(Model model) {
        administration.checkAccess();
        return form(model, UserForm.empty(), null, List.of());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            rejectOversized(binding);
            return switch (administration.create(form.draft())) {
                case UserAdministration.Done done -> {
                    redirect.addFlashAttribute("saved", "identity.users.created");
                    AccountLinkController.showOnce(done.link(), clock.getZone(), redirect);
                    yield "redirect:/app/beheer/gebruikers/" + done.userId();
                }
                case UserAdministration.Requested requested -> {
                    redirect.addFlashAttribute("saved", "identity.users.createRequested");
                    yield "redirect:" + AdminRequestController.PATH;
                }
            };
        } catch (InputRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, null, e.problems());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        StaffUser user = administration.get(id);
        return form(model, UserForm.of(user), user, List.of());
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = administration.get(id);
        try {
            rejectOversized(binding);
            redirect.addFlashAttribute("saved", administration.change(id, form.draft()) instanceof UserAdministration.Requested
                    ? "identity.users.changeRequested" : "identity.users.saved");
            return "redirect:/app/beheer/gebruikers/" + id;
        } catch (InputRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            UserForm shown = new UserForm(user.username().value(), form.displayName(), form.organisation(),
                    form.roles(), form.municipalities());
            return form(model, shown, user, e.problems());
        }
    }

    @PostMapping("/{id}/uitschakelen")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            administration.disable(id);
            redirect.addFlashAttribute("saved", "identity.users.disabled");
        } catch (InputRejected e) {
            redirect.addFlashAttribute("refused", e.problems().getFirst().what());
        }
        return "redirect:/app/beheer/gebruikers/" + id;
    }

    @PostMapping("/{id}/inschakelen")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.enable(id);
        redirect.addFlashAttribute("saved", "identity.users.enabled");
        return "redirect:/app/beheer/gebruikers/" + id;
    }

    @PostMapping("/{id}/wachtwoord-resetten")
    String requestPasswordReset(@PathVariable UUID id, RedirectAttributes redirect) {
        return request(id, AdminRequest.Kind.RESET_PASSWORD, redirect);
    }

    @PostMapping("/{id}/tweede-factor-resetten")
    String requestSecondFactorReset(@PathVariable UUID id, RedirectAttributes redirect) {
        return request(id, AdminRequest.Kind.RESET_SECOND_FACTOR, redirect);
    }

    @PostMapping("/{id}/koppellink")
    String requestBindingLink(@PathVariable UUID id, RedirectAttributes redirect) {
        return request(id, AdminRequest.Kind.BIND_PROVIDER, redirect);
    }

    @PostMapping("/{id}/koppeling-verwijderen")
    String unbindProvider(@PathVariable UUID id, RedirectAttributes redirect) {
        administration.unbindProvider(id);
        redirect.addFlashAttribute("saved", "identity.users.unbound");
        return "redirect:/app/beheer/gebruikers/" + id;
    }

    private String request(UUID id, AdminRequest.Kind kind, RedirectAttributes redirect) {
        try {
            administration.request(id, kind);
            redirect.addFlashAttribute("saved", "identity.users.requested." + kind);
        } catch (InputRejected e) {
            redirect.addFlashAttribute("refused", e.problems().getFirst().what());
        }
        return "redirect:/app/beheer/gebruikers/" + id;
    }

    private static void rejectOversized(BindingResult binding) {
        if (binding.hasErrors()) {
            List<InputRejected.Problem> problems = new ArrayList<>();
            binding.getFieldErrors().forEach(e -> problems.add(new InputRejected.Problem(
                    e.getField().replaceAll("\\[.*", ""), "identity.error.tooLong")));
            throw new InputRejected(problems);
        }
    }

    private String form(Model model, UserForm form, StaffUser user, List<InputRejected.Problem> problems) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.where(), k -> new ArrayList<>()).add(p.what()));
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("pendingRequests", user == null ? List.of() : administration.pendingFor(user.id()));
        model.addAttribute("providersOffered", user != null
                && !providers.offeredFor(user.access().organisationCode()).isEmpty());
        model.addAttribute("problems", problems);
        model.addAttribute("fieldErrors", byField);
        addChoices(model);
        return "identity/user-form";
    }

    private void addChoices(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("organisationNames", organisations.all().stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.code(), o -> o.name())));
        model.addAttribute("municipalityChoices", organisations.municipalities());
        model.addAttribute("enforcementRoles", Arrays.stream(Role.values()).filter(Role::isEnforcement).toList());
        model.addAttribute("careRoles", Arrays.stream(Role.values())
                .filter(r -> r.compartment() == Compartment.CARE).toList());
        model.addAttribute("otherRoles", Arrays.stream(Role.values())
                .filter(r -> r.compartment() == Compartment.NONE).toList());
        model.addAttribute("allRoles", Role.values());
    }
}
