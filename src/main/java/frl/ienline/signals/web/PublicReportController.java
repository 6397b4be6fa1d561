package frl.ienline.signals.web;

import frl.ienline.platform.ClientKeys;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.signals.LocationType;
import frl.ienline.signals.internal.NewSignal;
import frl.ienline.signals.internal.PartOfDay;
import frl.ienline.signals.internal.PublicChannel;
import frl.ienline.signals.internal.PublicReports;
import frl.ienline.signals.internal.SignalRules;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The anonymous public form {@code /melden} in the portal languages. The connection address is used only
 * for the in-memory rate limit and never passed on, stored or logged.
 */
@Controller
@RequestMapping("/melden")
class PublicReportController {

    static final List<String> LANGUAGES = List.of("nl", "en", "ro", "bg", "hu", "es", "pl");

    private final PublicReports reports;
    private final PublicChannel channel;
    private final ClientKeys clientKeys;
    private final SignalRules rules;
    private final Clock clock;
    private final MessageSource messages;
    private final String quickExitUrl;

    PublicReportController(PublicReports reports, PublicChannel channel, ClientKeys clientKeys, SignalRules rules,
            Clock clock, MessageSource messages,
            @Value("${ienline.support.quick-exit-url:https://www.knmi.nl/nederland-nu/weer/verwachtingen}") String quickExitUrl) {
        this.reports = reports;
        this.channel = channel;
        this.clientKeys = clientKeys;
        this.rules = rules;
        this.clock = clock;
        this.messages = messages;
        this.quickExitUrl = quickExitUrl;
    }

    /** Someone reporting exploitation may need to leave this page at once: the same neutral page as the portal's. */
    @ModelAttribute("quickExit")
    QuickExit quickExit(Locale locale) {
        return new QuickExit(quickExitUrl, messages.getMessage("public.quickExit", null, locale),
                messages.getMessage("public.quickExitHint", null, locale));
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new Form(new LinkedMultiValueMap<>()).values());
        model.addAttribute("problems", List.of());
        common(model, "/melden");
        return "signals/public-form";
    }

    @PostMapping
    String submit(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        channel.submission(clientKeys.of(request));
        Form form = new Form(params);
        String observation = form.text("observation");
        if (observation == null) {
            form.problem("observation", "public.error.observation");
        } else if (observation.length() > NewSignal.MAX_OBSERVATION) {
            form.problem("observation", "public.error.tooLong");
        }
        MunicipalityCode municipality = form.parse("municipality", MunicipalityCode::of, "public.error.municipality");
        LocationType locationType = form.parse("locationType", LocationType::valueOf, "public.error.locationType");
        LocalDate observedOn = form.parse("observedOn", LocalDate::parse, "public.error.date");
        if (observedOn != null && observedOn.isAfter(LocalDate.now(clock))) {
            form.problem("observedOn", "public.error.date");
        }
        PartOfDay partOfDay = form.parse("partOfDay", PartOfDay::valueOf, "public.error.partOfDay");
        PublicReports.Receipt receipt = null;
        if (!form.hasProblems()) {
            try {
                receipt = reports.submit(new PublicReports.Report(observation, municipality, locationType, observedOn,
                        partOfDay, form.text("location"), form.text("phone"), form.text("organisation")));
            } catch (InputRejected e) {
                e.problems().forEach(p -> form.problem(p.where(), "public.error." + p.where()));
            } catch (IllegalArgumentException e) {
                form.problem("observation", "public.error.invalid");
            }
        }
        if (receipt == null) {
            model.addAttribute("form", form.values());
            model.addAttribute("problems", form.problems());
            common(model, "/melden");
            return "signals/public-form";
        }
        channel.accepted();
        // post/redirect/get: a reload shows the receipt page, it never sends the report a second time
        // plain strings: the flash lives in the session, which may be stored outside this node
        redirect.addFlashAttribute("reference", receipt.reference().toString());
        redirect.addFlashAttribute("secret", receipt.secret());
        return "redirect:/melden/ontvangen";
    }

    /**
     * The receipt, shown once: reference and secret travel in the flash (the session, removed when read),
     * never in the address. Without it (a reload, a bookmark) the form again.
     */
    @GetMapping("/ontvangen")
    String receipt(Model model) {
        if (!model.containsAttribute("reference")) {
            return "redirect:/melden";
        }
        common(model, "/melden");
        return "signals/public-receipt";
    }

    @GetMapping("/aanvullen")
    String additionForm(Model model) {
        model.addAttribute("form", new Form(new LinkedMultiValueMap<>()).values());
        model.addAttribute("problems", List.of());
        common(model, "/melden/aanvullen");
        return "signals/public-addition";
    }

    @PostMapping("/aanvullen")
    String addition(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        channel.addition(clientKeys.of(request));
        Form form = new Form(params);
        String text = form.text("text");
        if (form.text("reference") == null) {
            form.problem("reference", "public.error.reference");
        }
        if (form.text("secret") == null) {
            form.problem("secret", "public.error.secret");
        }
        if (text == null) {
            form.problem("text", "public.error.text");
        } else if (text.length() > NewSignal.MAX_OBSERVATION) {
            form.problem("text", "public.error.tooLong");
        }
        if (!form.hasProblems()) {
            channel.additionTo(form.text("reference"));
        }
        if (!form.hasProblems() && !reports.addInformation(form.text("reference"), form.text("secret"), text)) {
            form.problem("reference", "public.error.noMatch");
        }
        if (form.hasProblems()) {
            model.addAttribute("form", form.values());
            model.addAttribute("problems", form.problems());
            common(model, "/melden/aanvullen");
            return "signals/public-addition";
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/melden/aanvullen/ontvangen";
    }

    @GetMapping("/aanvullen/ontvangen")
    String additionReceived(Model model) {
        if (!model.containsAttribute("added")) {
            return "redirect:/melden/aanvullen";
        }
        common(model, "/melden/aanvullen");
        return "signals/public-addition-done";
    }

    private void common(Model model, String path) {
        model.addAttribute("municipalities", rules.municipalities());
        model.addAttribute("locationTypes", LocationType.values());
        model.addAttribute("partsOfDay", PartOfDay.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("path", path);
        model.addAttribute("today", LocalDate.now(clock).toString());
    }
}
