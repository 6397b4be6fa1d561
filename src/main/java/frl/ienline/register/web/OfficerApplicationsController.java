package frl.ienline.register.web;

import frl.ienline.register.internal.ApplicationState;
import frl.ienline.register.internal.BibobOutcome;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.DecisionDocuments;
import frl.ienline.register.internal.DecisionParaaf;
import frl.ienline.register.internal.DocumentKind;
import frl.ienline.register.internal.FileView;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.LicensingRules;
import frl.ienline.register.internal.Operator;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.Person;
import frl.ienline.register.internal.ReducedFile;
import frl.ienline.shared.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

/** The licensing officer's pages for applications: worklist, regional overview, paper registration, the file. */
@Controller
@RequestMapping("/app/register")
class OfficerApplicationsController {

    private final LicenceApplications applications;
    private final LicenceAdministration licences;
    private final DecisionDocuments documents;
    private final DecisionParaaf paraaf;
    private final LicensingRules rules;
    private final Clock clock;
    private final java.util.Map<String, TextStep> textSteps;

    OfficerApplicationsController(LicenceApplications applications, LicenceAdministration licences,
            DecisionDocuments documents, DecisionParaaf paraaf, LicensingRules rules, Clock clock) {
        this.applications = applications;
        this.paraaf = paraaf;
        this.licences = licences;
        this.documents = documents;
        this.rules = rules;
        this.clock = clock;
        this.textSteps = textSteps(applications);
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("municipalities", rules.municipalitiesByName());
        model.addAttribute("municipalityNames", rules.municipalities().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(e -> e.getKey().value(), java.util.Map.Entry::getValue)));
        model.addAttribute("kinds", LicenceKind.values());
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping
    String worklist(Model model) {
        model.addAttribute("items", applications.worklist());
        model.addAttribute("renewals", licences.renewalsDue());
        return "register/staff/worklist";
    }

    @GetMapping("/aanvragen")
    String regional(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String status,
            Model model) {
        model.addAttribute("rows", applications.regional(gemeente, status));
        model.addAttribute("states", Arrays.stream(ApplicationState.values()).filter(s -> s != ApplicationState.DRAFT)
                .toList());
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("status", status);
        model.addAttribute("scope", CurrentActor.require().scope());
        return "register/staff/applications";
    }

    @GetMapping("/aanvragen/nieuw")
    String paperForm(Model model) {
        applications.checkMayRegisterPaper(null); // the form is guarded like its POST (D13)
        model.addAttribute("business", new BusinessForm());
        model.addAttribute("people", new PeopleForm());
        model.addAttribute("contact", new ContactForm());
        model.addAttribute("receivedOn", LocalDate.now(clock).toString());
        return "register/staff/paper";
    }

    @PostMapping("/aanvragen/nieuw")
    String registerPaper(@ModelAttribute("business") BusinessForm business, @ModelAttribute("people") PeopleForm people,
            @ModelAttribute("contact") ContactForm contact, @RequestParam(defaultValue = "") String receivedOn, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        applications.checkMayRegisterPaper(business.getMunicipality()); // role and scope before validation (D12)
        FormErrors errors = new FormErrors();
        Business b = business.toBusiness(errors);
        var contactDetails = contact.toContact(errors, false);
        Operator operator = people.toOperator(errors, clock);
        List<Person> managers = people.toManagers(errors, clock);
        LocalDate received = errors.attempt("receivedOn", () -> {
            LocalDate date = FormErrors.date(receivedOn);
            if (date.isAfter(LocalDate.now(clock))) {
                throw new IllegalArgumentException("future");
            }
            return date;
        });
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", errors);
            model.addAttribute("receivedOn", receivedOn);
            return "register/staff/paper";
        }
        UUID id = applications.registerPaper(b, contactDetails, operator, managers, received);
        redirect.addFlashAttribute("notice", "register.staff.registered");
        return "redirect:/app/register/aanvragen/" + id;
    }

    @GetMapping("/aanvragen/{id}")
    String file(@PathVariable UUID id, Model model) {
        FileView view = applications.view(id);
        model.addAttribute("file", view);
        if (view instanceof ReducedFile) {
            return "register/staff/application-reduced"; // another municipality's file: reduced (M11)
        }
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("bibobOutcomes", BibobOutcome.values());
        model.addAttribute("defaultViewDue", LocalDate.now(clock).plusDays(14).toString());
        model.addAttribute("proposal", paraaf.proposal(id).orElse(null));
        return "register/staff/application";
    }

    @GetMapping("/aanvragen/{id}/documenten/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        var document = applications.document(id, documentId);
        return Downloads.attachment(document.content(), document.info().mediaType(), document.info().fileName());
    }

    @GetMapping("/aanvragen/{id}/besluit.pdf")
    ResponseEntity<byte[]> decisionLetter(@PathVariable UUID id) {
        DecisionDocuments.Pdf letter = documents.decisionLetter(id);
        return Downloads.attachment(letter.content(), "application/pdf", letter.fileName());
    }

    // ---------------------------------------------------------------- steps (POST, each redirects back to the file)

    /** A step whose only input is one text field: its field name, the message when done, and the verb. */
    private record TextStep(String field, String done, java.util.function.BiConsumer<UUID, String> verb) {
    }

    /** The steps of the file that take one text (a reason, a summary, what is missing), by their path. */
    private static java.util.Map<String, TextStep> textSteps(LicenceApplications applications) {
        return java.util.Map.of(
                "informatie-opvragen", new TextStep("what", "register.done.informationRequested",
                        applications::requestInformation),
                "verdagen", new TextStep("reason", "register.done.termExtended", applications::extendDecisionTerm),
                "bibob-aanvragen", new TextStep("reason", "register.done.bibobRequested",
                        applications::requestBibobAdvice),
                "bibob-verlengen", new TextStep("reason", "register.done.bibobExtended",
                        applications::extendBibobAdvice),
                "zienswijze-vastleggen", new TextStep("summary", "register.done.viewRecorded",
                        applications::recordView),
                "buiten-behandeling", new TextStep("reason", "register.done.decided",
                        applications::declineToConsider),
                "bezwaar", new TextStep("reason", "register.done.objectionLodged", applications::lodgeObjection),
                "onherroepelijk", new TextStep("reason", "register.done.finalised", applications::finalise),
                "intrekken", new TextStep("reason", "register.done.withdrawn", applications::withdraw));
    }

    @PostMapping("/aanvragen/{id}/{step:informatie-opvragen|verdagen|bibob-aanvragen|bibob-verlengen"
            + "|zienswijze-vastleggen|buiten-behandeling|bezwaar|onherroepelijk|intrekken}")
    String textStep(@PathVariable UUID id, @PathVariable String step,
            @RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
        TextStep textStep = textSteps.get(step);
        String text = form.getOrDefault(textStep.field(), "");
        change(id, redirect, textStep.done(), () -> textStep.verb().accept(id, text));
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/beoordelen")
    String startAssessment(@PathVariable UUID id, RedirectAttributes redirect) {
        change(id, redirect, "register.done.assessmentStarted", () -> applications.startAssessment(id));
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/bibob-vastleggen")
    String recordBibob(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
        if (outcome.isBlank()) { // never a default for the advice's outcome (issue 17)
            redirect.addFlashAttribute("problem", Flash.problem("register.error.chooseBibob"));
            return back(id);
        }
        change(id, redirect, "register.done.bibobRecorded",
                () -> applications.recordBibobAdvice(id, BibobOutcome.valueOf(outcome), summary));
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/zienswijze-vragen")
    String inviteView(@PathVariable UUID id, @RequestParam(defaultValue = "") String dueOn,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        change(id, redirect, "register.done.viewInvited",
                () -> applications.inviteView(id, FormErrors.date(dueOn), reason));
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/hervatten")
    String resume(@PathVariable UUID id, RedirectAttributes redirect) {
        change(id, redirect, "register.done.assessmentResumed", () -> applications.resumeAssessment(id));
        return back(id);
    }

    /**
     * A licence decision (issue 17): first a confirmation page that says what will happen, then (confirmed) the
     * decision takes effect or, under four eyes, waits for a second officer's paraaf.
     */
    @PostMapping("/aanvragen/{id}/besluiten")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String conditions, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        applications.checkMayChange(id);
        Outcome chosen = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
                .orElse(null);
        if (chosen == null) { // never a default for the decision's outcome (issue 17)
            redirect.addFlashAttribute("problem", Flash.problem("register.error.chooseOutcome"));
            return back(id);
        }
        List<String> lines = conditions.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (!confirmed) {
            model.addAttribute("file", applications.view(id));
            model.addAttribute("outcome", chosen);
            model.addAttribute("conditionLines", lines);
            model.addAttribute("conditions", conditions);
            model.addAttribute("reason", reason);
            model.addAttribute("needsSecond", paraaf.needsSecondOfficer());
            return "register/staff/confirm-decision";
        }
        DecisionParaaf.Result[] result = new DecisionParaaf.Result[1];
        Flash.run(redirect, "register.done.decided", () -> result[0] = paraaf.decide(id, chosen, lines, reason));
        if (result[0] == DecisionParaaf.Result.WAITS_FOR_SECOND_OFFICER) {
            redirect.addFlashAttribute("notice", "register.done.decisionProposed");
        }
        return back(id);
    }

    /** The second officer's paraaf: a page that says what will take effect, then the approval. */
    @GetMapping("/aanvragen/{id}/paraferen")
    String approvePage(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        applications.checkMayChange(id);
        var proposal = paraaf.proposal(id);
        if (proposal.isEmpty()) {
            redirect.addFlashAttribute("problem", Flash.problem("register.guard.noPendingDecision"));
            return back(id);
        }
        model.addAttribute("file", applications.view(id));
        model.addAttribute("proposal", proposal.get());
        return "register/staff/confirm-paraaf";
    }

    @PostMapping("/aanvragen/{id}/paraferen")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        change(id, redirect, "register.done.decisionApproved", () -> paraaf.approve(id));
        return back(id);
    }

    @PostMapping("/aanvragen/{id}/documenten")
    String addDocument(@PathVariable UUID id, @RequestParam(defaultValue = "OTHER") String kind,
            @RequestParam(name = "document", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        applications.checkMayChange(id);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        change(id, redirect, "register.upload.added",
                () -> applications.addDocument(id, DocumentKind.valueOf(kind), name, content));
        return back(id);
    }

    /** Role and scope first, then the input (D12): a refused officer never sees what is wrong with it. */
    private void change(UUID id, RedirectAttributes redirect, String doneKey, Runnable action) {
        applications.checkMayChange(id);
        Flash.run(redirect, doneKey, action);
    }

    private static String back(UUID id) {
        return "redirect:/app/register/aanvragen/" + id;
    }
}
