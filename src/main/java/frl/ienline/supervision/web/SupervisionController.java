package frl.ienline.supervision.web;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.IndicatorGroup;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import frl.ienline.supervision.internal.AgeBand;
import frl.ienline.supervision.internal.CaseFiles;
import frl.ienline.supervision.internal.ControlKind;
import frl.ienline.supervision.internal.Controls;
import frl.ienline.supervision.internal.Enforcement;
import frl.ienline.supervision.internal.Lead;
import frl.ienline.supervision.internal.LeadFilter;
import frl.ienline.supervision.internal.LeadSource;
import frl.ienline.supervision.internal.LetterLanguage;
import frl.ienline.supervision.internal.NotificationInbox;
import frl.ienline.supervision.internal.Report;
import frl.ienline.supervision.internal.Rows;
import frl.ienline.supervision.internal.SubjectKind;
import frl.ienline.supervision.internal.Worklist;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision pages under {@code /app/toezicht}. Every rule and every access check lives in the
 * internal services; this class only reads forms and picks pages. A rejected form comes back to its page
 * with an error summary (post/redirect/get).
 */
@Controller
@RequestMapping("/app/toezicht")
class SupervisionController {

    private final CaseFiles cases;
    private final Controls controls;
    private final Enforcement enforcement;
    private final NotificationInbox inbox;
    private final Formats fmt;

    SupervisionController(CaseFiles cases, Controls controls, Enforcement enforcement,
            NotificationInbox inbox, Formats fmt) {
        this.cases = cases;
        this.controls = controls;
        this.enforcement = enforcement;
        this.inbox = inbox;
        this.fmt = fmt;
    }

    // ------------------------------------------------------------------------------------------ cases

    @GetMapping("/zaken")
    String cases(Model model) {
        model.addAttribute("cases", cases.openCases());
        model.addAttribute("municipalities", fmt.municipalities());
        Pages.common(model, fmt);
        return "supervision/cases";
    }

    /** A case opened directly (a municipality's own enforcement officer has no worklist to open it from). */
    @PostMapping("/zaken")
    String createCase(@RequestParam(name = "municipality", required = false) String municipality,
            @RequestParam(name = "title", required = false) String title, RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, "/app/toezicht/zaken", () -> {
            UUID id = cases.create(municipality, title);
            return Pages.notice(redirect, "supervision.notice.caseOpened", Pages.casePage(id));
        });
    }

    @GetMapping("/zaken/{id}")
    String caseFile(@PathVariable UUID id, Model model) {
        model.addAttribute("view", cases.view(id));
        model.addAttribute("proposals", enforcement.proposals(id));
        model.addAttribute("deviationReasons", enforcement.deviationReasons());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("languages", LetterLanguage.values());
        model.addAttribute("kinds", ControlKind.values());
        model.addAttribute("locationTypes", LocationType.values());
        Pages.common(model, fmt);
        return "supervision/case";
    }

    @PostMapping("/zaken/{id}/personen")
    String addPerson(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), "supervision.notice.personAdded",
                () -> cases.addPerson(id, form.get("workingName"), form.get("ageBand"), form.get("nationality"),
                        form.get("language"), form.get("phone")));
    }

    @PostMapping("/zaken/{id}/adressen")
    String addAddress(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), "supervision.notice.addressAdded",
                () -> cases.addAddress(id, form.get("address"), form.get("addressMunicipality")));
    }

    @PostMapping("/zaken/{id}/bedrijven")
    String addBusiness(@PathVariable UUID id, @RequestParam(name = "licenceNumber", required = false) String number,
            RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), "supervision.notice.businessAdded",
                () -> cases.addBusiness(id, number));
    }

    @PostMapping("/zaken/{id}/advertenties")
    String addAd(@PathVariable UUID id, @RequestParam(name = "adId", required = false) String adId,
            RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), "supervision.notice.adAdded",
                () -> cases.addAd(id, adId));
    }

    @PostMapping("/zaken/{id}/sluiten")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), "supervision.notice.caseClosed",
                () -> cases.close(id));
    }

    @PostMapping("/zaken/{id}/controles")
    String plan(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), () -> {
            List<InputRejected.Problem> problems = new ArrayList<>();
            ControlKind kind = parse(() -> ControlKind.valueOf(form.getFirst("kind")), "kind", problems);
            LocalDate date = parse(() -> LocalDate.parse(form.getFirst("date")), "date", problems);
            LocalTime time = parse(() -> LocalTime.parse(form.getFirst("time")), "time", problems);
            LocationType type = parse(() -> LocationType.valueOf(form.getFirst("locationType")), "locationType",
                    problems);
            if (!problems.isEmpty()) {
                throw new InputRejected(problems);
            }
            UUID control = controls.plan(id, new Controls.Plan(kind, date, time, form.getFirst("location"), type,
                    form.getFirst("municipality"), form.getOrDefault("members", List.of()),
                    form.getFirst("fewerMembersReason"), "true".equals(form.getFirst("careWorkerInvited")),
                    form.getFirst("licenceNumber")));
            return Pages.notice(redirect, "supervision.notice.controlPlanned", "/app/toezicht/controles/" + control);
        });
    }

    /** A choice with legal weight: nothing chosen is "make a choice", never a default (issue 17). */
    private static <T> T choice(Supplier<T> parser, String field, List<InputRejected.Problem> problems) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new InputRejected.Problem(field, "supervision.error.choose"));
            return null;
        }
    }

    private static <T> T parse(Supplier<T> parser, String field, List<InputRejected.Problem> problems) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            problems.add(new InputRejected.Problem(field, "supervision.error.required"));
            return null;
        }
    }

    @PostMapping("/zaken/{id}/handhaving")
    String decide(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, Pages.casePage(id), () -> {
            String subject = form.getFirst("subject");
            if (subject == null || !subject.contains(":")) {
                throw InputRejected.of("subject", "supervision.error.subject");
            }
            SubjectKind kind;
            try {
                kind = SubjectKind.valueOf(subject.substring(0, subject.indexOf(':')));
            } catch (IllegalArgumentException e) {
                throw InputRejected.of("subject", "supervision.error.subject");
            }
            String step = form.getFirst("step");
            if (step == null || step.isBlank()) { // the ladder's proposal is shown, never assumed (issue 17)
                throw InputRejected.of("step", "supervision.error.choose");
            }
            String control = form.getFirst("controlId");
            enforcement.decide(id, kind, subject.substring(subject.indexOf(':') + 1), form.getFirst("step"),
                    form.getFirst("deviationReason"), form.getFirst("deviationNote"), Pages.controlId(control),
                    form.getFirst("language"));
            return Pages.notice(redirect, "supervision.notice.stepTaken", Pages.casePage(id));
        });
    }

    @GetMapping("/handhaving/{id}/brief.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID id) {
        var pdf = enforcement.letterFile(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf.content());
    }

    @GetMapping("/handhaving")
    String enforcementOverview(Model model) {
        model.addAttribute("deadlines", enforcement.deadlines());
        model.addAttribute("deviations", enforcement.deviations());
        model.addAttribute("deviationReasons", enforcement.deviationReasons());
        Pages.common(model, fmt);
        return "supervision/enforcement";
    }

    // ------------------------------------------------------------------------------------------ controls

    @GetMapping("/controles/{id}")
    String control(@PathVariable UUID id, Model model) {
        model.addAttribute("view", controls.view(id));
        Map<IndicatorGroup, List<IndicatorCode>> indicators = new LinkedHashMap<>();
        for (IndicatorGroup group : IndicatorGroup.values()) {
            indicators.put(group, IndicatorCode.in(group));
        }
        model.addAttribute("indicatorGroups", indicators);
        model.addAttribute("answers", Report.Answer.values());
        model.addAttribute("outcomes", Report.Outcome.values());
        model.addAttribute("checklistAnswers", Report.CHECKLIST_ANSWERS);
        Pages.common(model, fmt);
        return "supervision/control";
    }

    @PostMapping("/controles/{id}/rapport")
    String report(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, "/app/toezicht/controles/" + id, () -> {
            List<InputRejected.Problem> problems = new ArrayList<>();
            Report.Answer idSeen = choice(() -> Report.Answer.valueOf(form.getFirst("idSeen")), "idSeen", problems);
            Report.Answer age = choice(() -> Report.Answer.valueOf(form.getFirst("age21Plus")), "age21Plus", problems);
            Report.Outcome outcome = choice(() -> Report.Outcome.valueOf(form.getFirst("outcome")), "outcome", problems);
            Set<IndicatorCode> indicators = EnumSet.noneOf(IndicatorCode.class);
            for (String raw : form.getOrDefault("indicators", List.of())) {
                IndicatorCode.parse(raw).ifPresentOrElse(indicators::add,
                        () -> problems.add(new InputRejected.Problem("indicators", "supervision.error.required")));
            }
            List<String> checklist = new ArrayList<>();
            for (int i = 0; form.containsKey("checklist" + i); i++) {
                String answer = form.getFirst("checklist" + i);
                if ((answer == null || answer.isBlank()) && problems.stream().noneMatch(p -> p.where().equals("checklist"))) {
                    problems.add(new InputRejected.Problem("checklist", "supervision.error.checklistChoose"));
                }
                checklist.add(answer);
            }
            if (!problems.isEmpty()) {
                throw new InputRejected(problems);
            }
            Report report;
            try {
                report = new Report(idSeen, age, form.getFirst("broughtBy"), form.getFirst("landlord"),
                        form.getFirst("workingConditions"), indicators, checklist, form.getFirst("observations"),
                        outcome, "true".equals(form.getFirst("careOffered")),
                        "true".equals(form.getFirst("careAccepted")));
            } catch (IllegalArgumentException e) {
                throw InputRejected.of("checklist", "supervision.error.checklist");
            }
            controls.report(id, report);
            return Pages.notice(redirect, "supervision.notice.reported", "/app/toezicht/controles/" + id);
        });
    }

    @PostMapping("/controles/{id}/aanvulling")
    String addendum(@PathVariable UUID id, @RequestParam(name = "addendum", required = false) String text,
            RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, "/app/toezicht/controles/" + id, "supervision.notice.addendum",
                () -> controls.addendum(id, text));
    }

    @PostMapping("/controles/{id}/signaal")
    String handOff(@PathVariable UUID id, RedirectAttributes redirect) {
        return Pages.change(cases::checkCaseWorker, redirect, "/app/toezicht/controles/" + id, () -> {
            SignalReference reference = controls.handOff(id);
            redirect.addFlashAttribute("signalReference", reference.value());
            return Pages.notice(redirect, "supervision.notice.signal", "/app/toezicht/controles/" + id);
        });
    }

    // ------------------------------------------------------------------------------------------ alerts, officers

    @GetMapping("/verplaatsingen")
    String alerts(Model model) {
        model.addAttribute("alerts", inbox.alerts());
        Pages.common(model, fmt);
        return "supervision/alerts";
    }

    @GetMapping("/vergunde-bedrijven")
    String licensedInspections(Model model) {
        model.addAttribute("controls", controls.licensedInspections());
        Pages.common(model, fmt);
        return "supervision/licensed-inspections";
    }

    @GetMapping("/meldingen")
    String notifications(Model model) {
        model.addAttribute("items", inbox.forOfficer());
        Pages.common(model, fmt);
        return "supervision/notifications";
    }
}
