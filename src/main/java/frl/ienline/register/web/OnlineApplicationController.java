package frl.ienline.register.web;

import frl.ienline.platform.ClientKeys;
import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.DocumentKind;
import frl.ienline.register.internal.LicensingRules;
import frl.ienline.register.internal.OnlineApplying;
import frl.ienline.register.internal.TransitionRefused;
import frl.ienline.shared.InputRejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public online application, without an account. The session holds only the id of the application
 * the visitor started or signed in to with reference and follow-up code.
 */
@Controller
@RequestMapping("/aanvragen")
class OnlineApplicationController {

    static final String SESSION_KEY = "register.application";
    /** The application whose view is already in the access log for this session (M8: once per session). */
    static final String VIEW_LOGGED = "register.application.viewLogged";

    private final OnlineApplying applying;
    private final LicensingRules rules;
    private final Clock clock;
    private final ClientKeys clientKeys;

    OnlineApplicationController(OnlineApplying applying, LicensingRules rules, Clock clock, ClientKeys clientKeys) {
        this.clientKeys = clientKeys;
        this.applying = applying;
        this.rules = rules;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("municipalities", rules.municipalitiesByName());
        model.addAttribute("kinds", frl.ienline.register.internal.LicenceKind.values());
        model.addAttribute("documentKinds", DocumentKind.values());
    }

    @GetMapping
    String start(@RequestParam(name = "bericht", required = false) String notice, Model model) {
        model.addAttribute("noticeToRead", noticeId(notice));
        return "register/apply/start";
    }

    /**
     * The link in a notice mail. Signed in to its application: the notice; otherwise the sign-in form, which
     * comes back here afterwards. The mail never holds the content; this page needs the follow-up code.
     */
    @GetMapping("/berichten/{noticeId}")
    String notice(@PathVariable UUID noticeId, HttpSession session, Model model) {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen?bericht=" + noticeId + "#verder";
        }
        model.addAttribute("notice", applying.notice(id, noticeId));
        model.addAttribute("view", view(session, id));
        return "register/apply/notice";
    }

    private static UUID noticeId(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : UUID.fromString(raw.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @PostMapping("/nieuw")
    String begin(HttpServletRequest request, RedirectAttributes redirect) {
        OnlineApplying.Started started = applying.start(clientKeys.of(request));
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, started.id());
        request.getSession().setAttribute(VIEW_LOGGED, started.id()); // its creation is in the log already
        redirect.addFlashAttribute("reference", started.reference().value());
        redirect.addFlashAttribute("followUpCode", started.followUpCode());
        return "redirect:/aanvragen/gestart";
    }

    @GetMapping("/gestart")
    String started(Model model) {
        if (!model.containsAttribute("followUpCode")) {
            return "redirect:/aanvragen/stap/bedrijf";
        }
        return "register/apply/started";
    }

    @PostMapping("/inloggen")
    String signIn(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String code,
            @RequestParam(name = "bericht", required = false) String notice, HttpServletRequest request, Model model) {
        Optional<UUID> id = applying.signIn(reference, code, clientKeys.of(request));
        if (id.isEmpty()) {
            model.addAttribute("signInFailed", true);
            model.addAttribute("reference", reference);
            model.addAttribute("noticeToRead", noticeId(notice));
            return "register/apply/start";
        }
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, id.get());
        request.getSession().setAttribute(VIEW_LOGGED, id.get()); // the sign-in is logged as a view
        if (noticeId(notice) != null) {
            return "redirect:/aanvragen/berichten/" + noticeId(notice);
        }
        return applying.view(id.get(), false).application().state() == ApplicationState.DRAFT
                ? "redirect:/aanvragen/stap/bedrijf" : "redirect:/aanvragen/status";
    }

    @PostMapping("/uitloggen")
    String signOut(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
        return "redirect:/aanvragen";
    }

    // ---------------------------------------------------------------- the steps of a draft

    @GetMapping("/stap/bedrijf")
    String business(HttpSession session, Model model) {
        return draft(session, model, view -> {
            model.addAttribute("form", BusinessForm.of(view.application().business()));
            return "register/apply/business";
        });
    }

    @PostMapping("/stap/bedrijf")
    String saveBusiness(@ModelAttribute("form") BusinessForm form, HttpSession session, Model model,
            HttpServletResponse response) {
        return saveStep(session, model, response, "register/apply/business", "contact", form::toBusiness,
                applying::saveBusiness);
    }

    @GetMapping("/stap/contact")
    String contact(HttpSession session, Model model) {
        return draft(session, model, view -> {
            model.addAttribute("form", ContactForm.of(view.contact()));
            return "register/apply/contact";
        });
    }

    @PostMapping("/stap/contact")
    String saveContact(@ModelAttribute("form") ContactForm form, HttpSession session, Model model,
            HttpServletResponse response) {
        return saveStep(session, model, response, "register/apply/contact", "exploitant",
                errors -> form.toContact(errors, true), applying::saveContact);
    }

    @GetMapping("/stap/exploitant")
    String operator(HttpSession session, Model model) {
        return draft(session, model, view -> {
            model.addAttribute("form", PeopleForm.of(view.application().operator(), view.application().managers()));
            return "register/apply/operator";
        });
    }

    @PostMapping("/stap/exploitant")
    String saveOperator(@ModelAttribute("form") PeopleForm form, HttpSession session, Model model,
            HttpServletResponse response) {
        return saveStep(session, model, response, "register/apply/operator", "beheerders",
                errors -> form.toOperator(errors, clock), applying::saveOperator);
    }

    @GetMapping("/stap/beheerders")
    String managers(HttpSession session, Model model) {
        return draft(session, model, view -> {
            model.addAttribute("form", PeopleForm.of(view.application().operator(), view.application().managers()));
            return "register/apply/managers";
        });
    }

    @PostMapping("/stap/beheerders")
    String saveManagers(@ModelAttribute("form") PeopleForm form, HttpSession session, Model model,
            HttpServletResponse response) {
        return saveStep(session, model, response, "register/apply/managers", "documenten",
                errors -> form.toManagers(errors, clock), applying::saveManagers);
    }

    /**
     * Saves one step of the draft: reads the form (collecting every problem), shows the same page again with
     * the error summary when there is one (400: the input was refused), else saves and goes to the next step.
     */
    private <T> String saveStep(HttpSession session, Model model, HttpServletResponse response, String page, String nextStep,
            java.util.function.Function<FormErrors, T> read, java.util.function.BiConsumer<UUID, T> save) {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        FormErrors errors = new FormErrors();
        T value = read.apply(errors);
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            model.addAttribute("view", view(session, id));
            return page;
        }
        save.accept(id, value);
        return "redirect:/aanvragen/stap/" + nextStep;
    }

    @GetMapping("/stap/documenten")
    String documents(HttpSession session, Model model) {
        return draft(session, model, view -> "register/apply/documents");
    }

    @GetMapping("/stap/controleren")
    String review(HttpSession session, Model model) {
        return draft(session, model, view -> "register/apply/review");
    }

    @PostMapping("/indienen")
    String submit(HttpSession session, RedirectAttributes redirect) {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        try {
            applying.submit(id);
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("problem", Flash.problem("register.guard." + refused.code()));
            return "redirect:/aanvragen/stap/controleren";
        }
        redirect.addFlashAttribute("submitted", true);
        return "redirect:/aanvragen/status";
    }

    // ---------------------------------------------------------------- after submitting

    @GetMapping("/status")
    String status(HttpSession session, Model model) {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        OnlineApplying.ApplicantView view = view(session, id);
        if (view.application().state() == ApplicationState.DRAFT) {
            return "redirect:/aanvragen/stap/bedrijf";
        }
        model.addAttribute("view", view);
        model.addAttribute("notices", applying.notices(id));
        return "register/apply/status";
    }

    /** Adds a document (draft: documents step; later: on the status page). */
    @PostMapping("/documenten")
    String addDocument(@RequestParam String kind, @RequestParam("document") MultipartFile file, HttpSession session,
            HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        boolean draft = view(session, id).application().state() == ApplicationState.DRAFT;
        String back = draft ? "redirect:/aanvragen/stap/documenten" : "redirect:/aanvragen/status";
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", Flash.problem("register.upload.empty"));
            return back;
        }
        try {
            applying.addDocument(id, DocumentKind.valueOf(kind), file.getOriginalFilename(), file.getBytes(),
                    clientKeys.of(request));
            redirect.addFlashAttribute("notice", "register.upload.added");
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("problem", Flash.problem("register.guard." + refused.code()));
        } catch (InputRejected rejected) {
            redirect.addFlashAttribute("problem",
                    Flash.problem("register.upload." + rejected.problems().getFirst().what()));
        } catch (IllegalArgumentException unknownKind) {
            redirect.addFlashAttribute("problem", Flash.problem("register.upload.wrongType"));
        }
        return back;
    }

    @PostMapping("/verzoeken/{requestId}")
    String answer(@PathVariable UUID requestId, @RequestParam(defaultValue = "") String answer,
            @RequestParam(defaultValue = "OTHER") String kind,
            @RequestParam(name = "document", required = false) MultipartFile file, HttpSession session,
            HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        if (answer.isBlank()) {
            redirect.addFlashAttribute("problem", Flash.problem("register.error.answer"));
            return "redirect:/aanvragen/status";
        }
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            applying.answer(id, requestId, answer, DocumentKind.valueOf(kind),
                    file == null ? null : file.getOriginalFilename(), content, clientKeys.of(request));
            redirect.addFlashAttribute("notice", "register.apply.answered");
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("problem", Flash.problem("register.guard." + refused.code()));
        } catch (InputRejected rejected) {
            redirect.addFlashAttribute("problem",
                    Flash.problem("register.upload." + rejected.problems().getFirst().what()));
        } catch (IllegalArgumentException invalid) {
            redirect.addFlashAttribute("problem", Flash.problem("register.error.answer"));
        }
        return "redirect:/aanvragen/status";
    }

    @GetMapping("/documenten/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID documentId, HttpSession session) {
        UUID id = current(session);
        if (id == null) {
            throw new frl.ienline.shared.NotFound("document");
        }
        var document = applying.document(id, documentId);
        return Downloads.attachment(document.content(), document.info().mediaType(), document.info().fileName());
    }

    @PostMapping("/intrekken")
    String withdraw(@RequestParam(defaultValue = "") String reason, HttpSession session, RedirectAttributes redirect) {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        try {
            applying.withdraw(id, reason);
            redirect.addFlashAttribute("notice", "register.apply.withdrawn");
        } catch (TransitionRefused refused) {
            redirect.addFlashAttribute("problem", Flash.problem("register.guard." + refused.code()));
        }
        return "redirect:/aanvragen/status";
    }

    private String draft(HttpSession session, Model model,
            java.util.function.Function<OnlineApplying.ApplicantView, String> page) {
        UUID id = current(session);
        if (id == null) {
            return "redirect:/aanvragen";
        }
        OnlineApplying.ApplicantView view = view(session, id);
        if (view.application().state() != ApplicationState.DRAFT) {
            return "redirect:/aanvragen/status";
        }
        model.addAttribute("view", view);
        return page.apply(view);
    }

    private static UUID current(HttpSession session) {
        return session == null ? null : (UUID) session.getAttribute(SESSION_KEY);
    }

    /** The applicant's own application; only the first look of a session goes into the access log (M8). */
    private OnlineApplying.ApplicantView view(HttpSession session, UUID id) {
        boolean first = !id.equals(session.getAttribute(VIEW_LOGGED));
        OnlineApplying.ApplicantView view = applying.view(id, first);
        session.setAttribute(VIEW_LOGGED, id);
        return view;
    }
}
