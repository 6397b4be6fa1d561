package frl.ienline.signals.web;

import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.IndicatorCode;
import frl.ienline.signals.IndicatorGroup;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.SignalReference;
import frl.ienline.signals.internal.Consent;
import frl.ienline.signals.internal.Descriptors;
import frl.ienline.signals.internal.Indicator;
import frl.ienline.signals.internal.Link;
import frl.ienline.signals.internal.LinkKind;
import frl.ienline.signals.internal.NewSignal;
import frl.ienline.signals.internal.Outcome;
import frl.ienline.signals.internal.PartOfDay;
import frl.ienline.signals.internal.PersonConcerned;
import frl.ienline.signals.internal.PhoneNumbers;
import frl.ienline.signals.internal.PublicChannel;
import frl.ienline.signals.internal.RecipientKind;
import frl.ienline.signals.internal.Referral;
import frl.ienline.signals.internal.SharedField;
import frl.ienline.signals.internal.SignalHandling;
import frl.ienline.signals.internal.SignalRules;
import frl.ienline.signals.internal.SignalState;
import frl.ienline.signals.internal.SignalSummary;
import frl.ienline.signals.internal.SignalView;
import frl.ienline.signals.internal.Source;
import frl.ienline.signals.internal.SummaryPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the signals module under {@code /app/signalen}. Authorisation lives in {@link SignalHandling}. */
@Controller
@RequestMapping("/app/signalen")
class StaffSignalsController {

    private static final Set<String> REFERRAL_PROBLEMS = Set.of("recipient", "municipality", "fields", "legalBasis",
            "consent", "consentReason", "state");

    private final SignalHandling handling;
    private final SignalRules rules;
    private final SummaryPdf pdf;
    private final Formats formats;
    private final Clock clock;
    private final PublicChannel channel;

    StaffSignalsController(SignalHandling handling, SignalRules rules, SummaryPdf pdf, Formats formats, Clock clock,
            PublicChannel channel) {
        this.handling = handling;
        this.channel = channel;
        this.rules = rules;
        this.pdf = pdf;
        this.formats = formats;
        this.clock = clock;
    }

    /** Search by phone number: a POST, so the number never appears in a URL, a log line or the history. */
    @PostMapping("/zoeken")
    String searchByPhone(@RequestParam(name = "telefoon", required = false) String phone, Model model) {
        return list(null, phone, model);
    }

    @GetMapping
    String list(@RequestParam(name = "status", required = false) String state, Model model) {
        return list(state, null, model);
    }

    private String list(String state, String phone, Model model) {
        SignalState filter = null;
        if (state != null && !state.isBlank()) {
            try {
                filter = SignalState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw InputRejected.of("status", "Unknown state");
            }
        }
        List<SignalSummary> signals = phone != null && !phone.isBlank() ? handling.searchByPhone(phone)
                : handling.list(filter);
        model.addAttribute("signals", signals);
        model.addAttribute("states", SignalState.values());
        model.addAttribute("status", filter);
        model.addAttribute("telefoon", phone == null ? "" : phone);
        model.addAttribute("flood", channel.flood().isPresent() ? channel.flood().getAsInt() : null);
        common(model);
        return "signals/list";
    }

    @GetMapping("/nieuw")
    String newSignal(@RequestParam(name = "controle", required = false) String controlId, Model model) {
        handling.checkMayRegister();
        MultiValueMap<String, String> initial = new LinkedMultiValueMap<>();
        if (controlId != null) {
            initial.add("controlId", controlId);
        }
        model.addAttribute("form", new Form(initial).values());
        model.addAttribute("problems", List.of());
        common(model);
        return "signals/new";
    }

    @PostMapping
    String register(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        handling.checkMayRegister(); // the role before the form is validated (D12)
        Form form = new Form(params);
        NewSignal signal = readIntake(form);
        if (signal == null) {
            model.addAttribute("form", form.values());
            model.addAttribute("problems", form.problems());
            common(model);
            return "signals/new";
        }
        SignalReference reference;
        try {
            reference = handling.register(signal);
        } catch (InputRejected e) {
            model.addAttribute("form", form.values());
            model.addAttribute("problems", e.problems());
            common(model);
            return "signals/new";
        }
        redirect.addFlashAttribute("notice", "signals.notice.registered");
        redirect.addFlashAttribute("noticeArg", reference.value());
        return "redirect:/app/signalen";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        SignalView view = handling.view(id);
        model.addAttribute("view", view);
        model.addAttribute("s", view.signal());
        model.addAttribute("outcomes", Outcome.values());
        common(model);
        return "signals/detail";
    }

    @PostMapping("/{id}/triage")
    String startTriage(@PathVariable UUID id, RedirectAttributes redirect) {
        handling.startTriage(id);
        redirect.addFlashAttribute("notice", "signals.notice.triage");
        return "redirect:/app/signalen/" + id;
    }

    @GetMapping("/{id}/doorverwijzen")
    String referralForm(@PathVariable UUID id, Model model) {
        SignalView view = handling.view(id);
        if (!view.mayTriage()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the triage role refers");
        }
        MultiValueMap<String, String> initial = new LinkedMultiValueMap<>();
        model.addAttribute("form", new Form(initial).values());
        model.addAttribute("problems", List.of());
        referralModel(model, view);
        return "signals/refer";
    }

    @PostMapping("/{id}/doorverwijzen")
    String refer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Form form = new Form(params);
        RecipientKind recipient = form.require("recipient", RecipientKind::valueOf, "signals.error.recipient",
                "signals.error.recipient");
        MunicipalityCode municipality = form.parse("municipality", MunicipalityCode::of, "signals.error.municipality");
        Set<SharedField> fields = EnumSet.noneOf(SharedField.class);
        for (String f : form.all("field")) {
            try {
                fields.add(SharedField.valueOf(f));
            } catch (IllegalArgumentException e) {
                form.problem("fields", "signals.error.fields");
            }
        }
        Consent consent = form.parse("consent", Consent::valueOf, "signals.error.consent");
        UUID shareId = null;
        if (!form.hasProblems()) {
            try {
                shareId = handling.refer(id, new Referral(recipient, municipality, fields, form.text("legalBasis"),
                        consent, form.text("consentReason")));
            } catch (InputRejected e) {
                e.problems().forEach(p -> form.problem(p.where(), REFERRAL_PROBLEMS.contains(p.where())
                        ? "signals.error." + p.where() : p.what()));
            }
        }
        if (shareId == null) {
            model.addAttribute("form", form.values());
            model.addAttribute("problems", form.problems());
            referralModel(model, handling.view(id));
            return "signals/refer";
        }
        redirect.addFlashAttribute("notice", "signals.notice.referred");
        redirect.addFlashAttribute("sharedId", shareId);
        return "redirect:/app/signalen/" + id;
    }

    @PostMapping("/{id}/afsluiten")
    String close(@PathVariable UUID id, @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        handling.checkMayClose(id); // a refused role never learns what is wrong with its input (D12)
        Outcome result;
        try {
            result = outcome == null ? null : Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            result = null;
        }
        if (result == null) { // how a signal ended decides its retention: never assumed (issue 17)
            redirect.addFlashAttribute("problems", List.of(new InputRejected.Problem("close-outcome",
                    "signals.error.outcome")));
            return "redirect:/app/signalen/" + id;
        }
        handling.close(id, result, note);
        redirect.addFlashAttribute("notice", "signals.notice.closed");
        return "redirect:/app/signalen/" + id;
    }

    @PostMapping("/{id}/samenvoegen")
    String merge(@PathVariable UUID id, @RequestParam("duplicate") UUID duplicate,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        handling.merge(id, duplicate, reason);
        redirect.addFlashAttribute("notice", "signals.notice.merged");
        return "redirect:/app/signalen/" + id;
    }

    @PostMapping("/{id}/aanvulling")
    String addInformation(@PathVariable UUID id, @RequestParam(name = "text", required = false) String text,
            RedirectAttributes redirect) {
        handling.addInformation(id, text);
        redirect.addFlashAttribute("notice", "signals.notice.added");
        return "redirect:/app/signalen/" + id;
    }

    @GetMapping("/{id}/verstrekkingen/{shareId}/samenvatting.pdf")
    ResponseEntity<byte[]> summary(@PathVariable UUID id, @PathVariable UUID shareId, Locale locale) {
        SignalHandling.Summary summary = handling.summary(id, shareId);
        byte[] body = pdf.render(summary, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("samenvatting-" + summary.signal().reference() + "-"
                                + summary.share().recipientKind().name().toLowerCase(Locale.ROOT) + ".pdf")
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/verstrekkingen")
    String shareRegister(Model model) {
        model.addAttribute("shares", handling.shareRegister());
        common(model);
        return "signals/register";
    }

    // ---------------------------------------------------------------- helpers

    private void referralModel(Model model, SignalView view) {
        model.addAttribute("view", view);
        model.addAttribute("s", view.signal());
        model.addAttribute("recipients", RecipientKind.values());
        model.addAttribute("fields", SharedField.values());
        model.addAttribute("legalBases", rules.legalBases());
        model.addAttribute("consents", Consent.values());
        common(model);
    }

    private void common(Model model) {
        model.addAttribute("fmt", formats);
        model.addAttribute("municipalities", rules.municipalities());
        Map<String, String> names = new LinkedHashMap<>();
        rules.municipalities().forEach(m -> names.put(m.code().value(), m.name()));
        model.addAttribute("municipalityNames", names);
        model.addAttribute("locationTypes", LocationType.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
        Map<IndicatorGroup, List<IndicatorCode>> groups = new LinkedHashMap<>();
        for (IndicatorGroup group : IndicatorGroup.values()) {
            groups.put(group, IndicatorCode.in(group));
        }
        model.addAttribute("indicatorGroups", groups);
        model.addAttribute("personRows", List.of(0, 1, 2));
    }

    /** The intake form as a {@link NewSignal}, or null with the problems in {@code form}. */
    private NewSignal readIntake(Form form) {
        String observation = form.text("observation");
        if (observation == null) {
            form.problem("observation", "signals.error.observation");
        } else if (observation.length() > NewSignal.MAX_OBSERVATION) {
            form.problem("observation", "signals.error.tooLong");
        }
        MunicipalityCode municipality = form.require("municipality", MunicipalityCode::of,
                "signals.error.municipality", "signals.error.municipality");
        LocationType locationType = form.require("locationType", LocationType::valueOf, "signals.error.locationType",
                "signals.error.locationType");
        LocalDate observedOn = form.parse("observedOn", LocalDate::parse, "signals.error.date");
        if (observedOn != null && observedOn.isAfter(LocalDate.now(clock))) {
            form.problem("observedOn", "signals.error.future");
        }
        PartOfDay partOfDay = form.parse("partOfDay", PartOfDay::valueOf, "signals.error.partOfDay");
        List<PersonConcerned> persons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String p = "person" + i + ".";
            String pseudonym = form.text(p + "pseudonym");
            String age = form.text(p + "age");
            String language = form.text(p + "language");
            String description = form.text(p + "description");
            if (pseudonym == null) {
                if (age != null || language != null || description != null) {
                    form.problem(p + "pseudonym", "signals.error.pseudonym");
                }
                continue;
            }
            try {
                persons.add(new PersonConcerned(pseudonym, new Descriptors(age, language, description)));
            } catch (IllegalArgumentException e) {
                form.problem(p + "pseudonym", "signals.error.person");
            }
        }
        List<String> phones = new ArrayList<>();
        String phoneText = form.text("phones");
        if (phoneText != null) {
            for (String line : phoneText.split("[\\n,;]+")) {
                if (line.isBlank()) {
                    continue;
                }
                PhoneNumbers.toE164(line).ifPresentOrElse(phones::add, () -> form.problem("phones", "signals.error.phone"));
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        for (String code : form.all("indicator")) {
            IndicatorCode.parse(code).ifPresentOrElse(c -> {
                try {
                    indicators.add(new Indicator(c, form.text("note." + c.name())));
                } catch (IllegalArgumentException e) {
                    form.problem("note." + c.name(), "signals.error.note");
                }
            }, () -> form.problem("indicators", "signals.error.indicator"));
        }
        List<Link> links = new ArrayList<>();
        link(form, "adIds", LinkKind.AD, links);
        link(form, "networkIds", LinkKind.NETWORK, links);
        link(form, "caseIds", LinkKind.CASE, links);
        link(form, "businessIds", LinkKind.LICENSED_BUSINESS, links);
        String controlId = form.text("controlId");
        if (controlId != null) {
            try {
                new Link(LinkKind.CONTROL, controlId);
            } catch (IllegalArgumentException e) {
                form.problem("controlId", "signals.error.linkId");
            }
        }
        if (form.hasProblems()) {
            return null;
        }
        try {
            return new NewSignal(controlId == null ? Source.STAFF : Source.CONTROL, municipality, locationType,
                    form.text("location"), observedOn, partOfDay, observation, null, controlId, persons, phones,
                    indicators, links);
        } catch (IllegalArgumentException e) {
            form.problem("observation", e.getMessage());
            return null;
        }
    }

    private static void link(Form form, String field, LinkKind kind, List<Link> links) {
        for (String id : form.split(field)) {
            try {
                links.add(new Link(kind, id));
            } catch (IllegalArgumentException e) {
                form.problem(field, "signals.error.linkId");
            }
        }
    }
}
