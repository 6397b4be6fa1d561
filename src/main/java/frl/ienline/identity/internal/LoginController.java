package frl.ienline.identity.internal;

import frl.ienline.platform.ClientKeys;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The login pages: password, second factor, first-time enrolment with a QR code, and the recovery codes
 * shown once. The steps' logic is in {@link SignIn}; this class turns outcomes into sessions and pages.
 */
@Controller
class LoginController {

    static final String ENROLMENT_SECRET = LoginController.class.getName() + ".ENROLMENT_SECRET";
    static final String NEW_RECOVERY_CODES = LoginController.class.getName() + ".NEW_RECOVERY_CODES";

    /** A secret being enrolled, bound to the user it was made for. */
    record EnrolmentSecret(UUID userId, byte[] secret) implements java.io.Serializable {
    }

    /** An OpenID Connect provider to offer on the login page. */
    record Provider(String id, String name) {
    }

    private final SignIn signIn;
    private final ClientKeys clientKeys;
    private final LoginSessions sessions;
    private final IdentityProperties properties;
    private final ObjectProvider<ClientRegistrationRepository> oidcRegistrations;
    private final boolean demo;

    LoginController(SignIn signIn, ClientKeys clientKeys, LoginSessions sessions, IdentityProperties properties,
            ObjectProvider<ClientRegistrationRepository> oidcRegistrations,
            @Value("${ienline.demo.enabled:false}") boolean demo) {
        this.signIn = signIn;
        this.clientKeys = clientKeys;
        this.sessions = sessions;
        this.properties = properties;
        this.oidcRegistrations = oidcRegistrations;
        this.demo = demo;
    }

    @GetMapping("/login")
    String loginPage(@RequestParam(required = false) String uitgelogd, @RequestParam(required = false) String verlopen,
            @RequestParam(required = false) String oidc, Model model) {
        if (CurrentActor.get().isPresent()) {
            return "redirect:/app";
        }
        model.addAttribute("loggedOut", uitgelogd != null);
        model.addAttribute("expired", verlopen != null);
        model.addAttribute("oidcRefused", oidc != null);
        return loginForm(model, "", List.of());
    }

    @PostMapping("/login")
    Object login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        List<FieldError> missing = new ArrayList<>();
        if (username.isBlank()) {
            missing.add(new FieldError("username", "identity.login.error.username.required"));
        }
        if (password.isEmpty()) {
            missing.add(new FieldError("password", "identity.login.error.password.required"));
        }
        if (!missing.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return loginForm(model, username, missing);
        }
        return switch (signIn.password(username, password, clientKeys.of(request))) {
            case SignIn.Throttled t -> tooManyAttempts(response, t);
            case SignIn.Refused r -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                yield loginForm(model, username, List.of(new FieldError("username", "identity.login.error.refused")));
            }
            case SignIn.SecondFactorNeeded needed -> {
                sessions.establish(needed.pending(), request, response);
                yield needed.enrolled() ? "redirect:/login/tweede-factor" : "redirect:/login/tweede-factor/instellen";
            }
            case SignIn.SignedIn signedIn -> {
                sessions.establish(signedIn.authentication(), request, response);
                yield "redirect:" + sessions.targetAfterLogin(request, response);
            }
        };
    }

    @GetMapping("/login/tweede-factor")
    String secondFactorPage(Model model) {
        Optional<PendingLogin> pending = pending();
        if (pending.isEmpty()) {
            return CurrentActor.get().isPresent() ? "redirect:/app" : "redirect:/login";
        }
        Optional<StaffUser> user = signIn.pendingUser(pending.get());
        if (user.isPresent() && !user.get().enrolled()) {
            return "redirect:/login/tweede-factor/instellen";
        }
        model.addAttribute("error", null);
        return "identity/second-factor";
    }

    @PostMapping("/login/tweede-factor")
    Object secondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<PendingLogin> pending = pending();
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        return switch (signIn.secondFactor(pending.get(), code, clientKeys.of(request))) {
            case SignIn.Throttled t -> {
                sessions.signOut(request);
                yield tooManyAttempts(response, t);
            }
            case SignIn.SignedIn signedIn -> {
                sessions.establish(signedIn.authentication(), request, response);
                if (signedIn.recoveryCodesLeft() != null) {
                    redirect.addFlashAttribute("recoveryCodesLeft", signedIn.recoveryCodesLeft());
                }
                yield "redirect:" + sessions.targetAfterLogin(request, response);
            }
            default -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                model.addAttribute("error", code.isBlank() ? "identity.secondFactor.error.required"
                        : "identity.secondFactor.error.refused");
                yield "identity/second-factor";
            }
        };
    }

    @GetMapping("/login/tweede-factor/instellen")
    String enrolmentPage(HttpSession session, Model model) {
        Optional<PendingLogin> pending = pending();
        if (pending.isEmpty()) {
            return CurrentActor.get().isPresent() ? "redirect:/app" : "redirect:/login";
        }
        Optional<StaffUser> user = signIn.pendingUser(pending.get());
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        if (user.get().enrolled()) {
            return "redirect:/login/tweede-factor";
        }
        return enrolmentForm(session, pending.get(), model, null);
    }

    @PostMapping("/login/tweede-factor/instellen")
    Object enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            HttpSession session, Model model) {
        Optional<PendingLogin> pending = pending();
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        EnrolmentSecret secret = enrolmentSecret(session, pending.get());
        return switch (signIn.enrol(pending.get(), secret.secret(), code, clientKeys.of(request))) {
            case SignIn.Throttled t -> {
                sessions.signOut(request);
                yield tooManyAttempts(response, t);
            }
            case SignIn.SignedIn signedIn -> {
                sessions.establish(signedIn.authentication(), request, response);
                request.getSession().removeAttribute(ENROLMENT_SECRET);
                request.getSession().setAttribute(NEW_RECOVERY_CODES, List.copyOf(signedIn.recoveryCodes()));
                yield "redirect:/login/herstelcodes";
            }
            default -> {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                yield enrolmentForm(session, pending.get(), model, code.isBlank()
                        ? "identity.secondFactor.error.required" : "identity.enrol.error.refused");
            }
        };
    }

    /** The new recovery codes, once: they are removed from the session as they are shown. */
    @GetMapping("/login/herstelcodes")
    String recoveryCodes(HttpSession session, Model model) {
        Object codes = session.getAttribute(NEW_RECOVERY_CODES);
        session.removeAttribute(NEW_RECOVERY_CODES);
        if (!(codes instanceof List<?> list) || list.isEmpty()) {
            return "redirect:/app";
        }
        model.addAttribute("codes", list);
        return "identity/recovery-codes";
    }

    private String enrolmentForm(HttpSession session, PendingLogin pending, Model model, String error) {
        EnrolmentSecret secret = enrolmentSecret(session, pending);
        String uri = Totp.provisioningUri(properties.totp().issuer(), pending.getName(), secret.secret());
        model.addAttribute("qr", QrCode.of(uri));
        model.addAttribute("secret", Base32.encode(secret.secret()).replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("username", pending.getName());
        model.addAttribute("issuer", properties.totp().issuer());
        model.addAttribute("error", error);
        return "identity/enrol";
    }

    /** The secret offered to this user, made once per pending login so a reload shows the same QR code. */
    private static EnrolmentSecret enrolmentSecret(HttpSession session, PendingLogin pending) {
        if (session.getAttribute(ENROLMENT_SECRET) instanceof EnrolmentSecret existing
                && existing.userId().equals(pending.userId())) {
            return existing;
        }
        EnrolmentSecret fresh = new EnrolmentSecret(pending.userId(), Totp.newSecret());
        session.setAttribute(ENROLMENT_SECRET, fresh);
        return fresh;
    }

    /** An error on the login form: the field it points to and the message key. */
    record FieldError(String field, String messageKey) {
    }

    private String loginForm(Model model, String username, List<FieldError> errors) {
        model.addAttribute("username", username);
        model.addAttribute("errors", errors);
        java.util.Set<String> invalid = new java.util.HashSet<>();
        errors.forEach(e -> invalid.add(e.field()));
        if (errors.stream().anyMatch(e -> e.messageKey().endsWith(".refused"))) {
            invalid.add("password");
        }
        model.addAttribute("invalid", invalid);
        model.addAttribute("demoAccounts", demo ? DemoAccounts.definitions().toList() : List.of());
        model.addAttribute("demoPassword", demo ? DemoAccounts.PASSWORD : null);
        List<Provider> providers = new ArrayList<>();
        if (oidcRegistrations.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                if (registration instanceof ClientRegistration client) {
                    providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
                }
            }
        }
        model.addAttribute("providers", providers);
        model.addAttribute("loggedOut", model.getAttribute("loggedOut") == Boolean.TRUE);
        model.addAttribute("expired", model.getAttribute("expired") == Boolean.TRUE);
        model.addAttribute("oidcRefused", model.getAttribute("oidcRefused") == Boolean.TRUE);
        return "identity/login";
    }

    /** 429 with how long to wait, as a header and on the page. */
    private static ModelAndView tooManyAttempts(HttpServletResponse response, SignIn.Throttled throttled) {
        long seconds = TooManyRequests.seconds(throttled.retryAfter());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("status", HttpStatus.TOO_MANY_REQUESTS.value());
        page.addObject("retryAfter", seconds);
        return page;
    }

    private static Optional<PendingLogin> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingLogin pending
                ? Optional.of(pending) : Optional.empty();
    }
}
