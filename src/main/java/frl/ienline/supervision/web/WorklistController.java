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

/** The team's worklist and its leads under {@code /app/toezicht}: paging, sorting, filters, bulk actions, triage. */
@Controller
@RequestMapping("/app/toezicht")
class WorklistController {

    private final Worklist worklist;
    private final Formats fmt;

    WorklistController(Worklist worklist, Formats fmt) {
        this.worklist = worklist;
        this.fmt = fmt;
    }

    // ------------------------------------------------------------------------------------------ worklist

    static LeadFilter filter(String state, String source, String municipality, Integer minScore, String assignee) {
        return filter(state, source, municipality, minScore, assignee, null, null);
    }

    static LeadFilter filter(String state, String source, String municipality, Integer minScore, String assignee,
            String sort, Integer page) {
        try {
            return new LeadFilter(state == null || state.isBlank() ? null : Lead.State.valueOf(state),
                    source == null || source.isBlank() ? null : LeadSource.valueOf(source),
                    municipality == null || municipality.isBlank() ? null : MunicipalityCode.of(municipality),
                    minScore == null ? 0 : minScore, assignee,
                    sort == null || sort.isBlank() ? null : LeadFilter.Sort.valueOf(sort),
                    page == null ? 0 : page - 1);
        } catch (IllegalArgumentException e) {
            throw InputRejected.of("filter", "supervision.error.filter");
        }
    }

    @GetMapping
    String worklist(@RequestParam(name = "status", required = false) String state,
            @RequestParam(name = "bron", required = false) String source,
            @RequestParam(name = "gemeente", required = false) String municipality,
            @RequestParam(name = "minScore", required = false) Integer minScore,
            @RequestParam(name = "toegewezen", required = false) String assignee,
            @RequestParam(name = "sorteer", required = false) String sort,
            @RequestParam(name = "pagina", required = false) Integer page, Model model) {
        LeadFilter filter = filter(state, source, municipality, minScore, assignee, sort, page);
        Worklist.View view = worklist.view(filter);
        model.addAttribute("view", view);
        model.addAttribute("filter", filter.onPage(view.page()));
        model.addAttribute("states", Lead.State.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute("sorts", LeadFilter.Sort.values());
        model.addAttribute("reasons", worklist.dismissalReasons());
        Pages.common(model, fmt);
        return "supervision/worklist";
    }

    @PostMapping("/filters")
    String saveFilter(@RequestParam(name = "filterName", required = false) String name,
            @RequestParam(name = "status", required = false) String state,
            @RequestParam(name = "bron", required = false) String source,
            @RequestParam(name = "gemeente", required = false) String municipality,
            @RequestParam(name = "minScore", required = false) Integer minScore,
            @RequestParam(name = "toegewezen", required = false) String assignee, RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, "/app/toezicht", () -> {
            LeadFilter filter = filter(state, source, municipality, minScore, assignee);
            worklist.saveFilter(name, filter);
            return Pages.notice(redirect, "supervision.notice.filterSaved", "/app/toezicht?" + filter.query());
        });
    }

    /** A bulk action on the chosen leads, or ({@code reikwijdte=FILTER}) on every lead the filter finds. */
    @PostMapping("/bulk")
    String bulk(@RequestParam(name = "lead", required = false) List<UUID> leads,
            @RequestParam(name = "reikwijdte", required = false) String scope,
            @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "assignee", required = false) String assignee,
            @RequestParam(name = "caseId", required = false) UUID caseId,
            @RequestParam(name = "status", required = false) String state,
            @RequestParam(name = "bron", required = false) String source,
            @RequestParam(name = "gemeente", required = false) String municipality,
            @RequestParam(name = "minScore", required = false) Integer minScore,
            @RequestParam(name = "toegewezen", required = false) String filterAssignee,
            @RequestParam(name = "sorteer", required = false) String sort, RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, "/app/toezicht", () -> {
            Worklist.BulkAction bulkAction;
            try {
                bulkAction = Worklist.BulkAction.valueOf(action == null ? "" : action);
            } catch (IllegalArgumentException e) {
                throw InputRejected.of("action", "supervision.error.required");
            }
            LeadFilter filter = filter(state, source, municipality, minScore, filterAssignee, sort, null);
            int done = "FILTER".equals(scope)
                    ? worklist.bulkOverFilter(filter, bulkAction, reason, note, assignee, caseId)
                    : worklist.bulk(leads, bulkAction, reason, note, assignee, caseId);
            redirect.addFlashAttribute("bulkCount", done);
            return Pages.notice(redirect, "supervision.notice.bulkDone", "/app/toezicht" + (filter.query().isEmpty() ? ""
                    : "?" + filter.query()));
        });
    }

    @GetMapping("/belasting")
    String load(Model model) {
        model.addAttribute("load", worklist.load());
        Pages.common(model, fmt);
        return "supervision/load";
    }

    // ------------------------------------------------------------------------------------------ leads

    @GetMapping("/leads/nieuw")
    String newLead(Model model) {
        worklist.checkMayCreate(); // the form is guarded like the intake (D13)
        model.addAttribute("sources", EnumSet.of(LeadSource.TIP, LeadSource.SIGNAL, LeadSource.MUNICIPALITY_REQUEST));
        Pages.common(model, fmt);
        return "supervision/lead-new";
    }

    @PostMapping("/leads")
    String createLead(@RequestParam(name = "source", required = false) String source,
            @RequestParam(name = "municipality", required = false) String municipality,
            @RequestParam(name = "summary", required = false) String summary, RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, "/app/toezicht/leads/nieuw", () -> {
            LeadSource leadSource = null;
            MunicipalityCode code = null;
            try {
                leadSource = LeadSource.valueOf(source == null ? "" : source);
            } catch (IllegalArgumentException e) {
                // reported by the service as a missing source
            }
            try {
                code = MunicipalityCode.of(municipality);
            } catch (IllegalArgumentException e) {
                // reported by the service as a missing municipality
            }
            UUID id = worklist.createExternal(leadSource, code, summary);
            return Pages.notice(redirect, "supervision.notice.leadCreated", Pages.leadPage(id));
        });
    }

    @GetMapping("/leads/{id}")
    String lead(@PathVariable UUID id, Model model) {
        model.addAttribute("view", worklist.lead(id));
        Pages.common(model, fmt);
        return "supervision/lead";
    }

    @PostMapping("/leads/{id}/afwijzen")
    String dismiss(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, Pages.leadPage(id), () -> {
            worklist.dismiss(id, reason, note);
            return Pages.notice(redirect, "supervision.notice.dismissed", "/app/toezicht");
        });
    }

    @PostMapping("/leads/{id}/zaak")
    String openCase(@PathVariable UUID id, @RequestParam(name = "title", required = false) String title,
            RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, Pages.leadPage(id), () -> {
            UUID caseId = worklist.openCase(id, title);
            return Pages.notice(redirect, "supervision.notice.caseOpened", Pages.casePage(caseId));
        });
    }

    @PostMapping("/leads/{id}/samenvoegen")
    String merge(@PathVariable UUID id, @RequestParam(name = "caseId", required = false) UUID caseId,
            RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, Pages.leadPage(id), () -> {
            worklist.merge(id, caseId);
            return Pages.notice(redirect, "supervision.notice.merged", Pages.casePage(caseId));
        });
    }

    @PostMapping("/leads/{id}/toewijzen")
    String assign(@PathVariable UUID id, @RequestParam(name = "assignee", required = false) String assignee,
            RedirectAttributes redirect) {
        return Pages.change(worklist::checkTeam, redirect, Pages.leadPage(id), "supervision.notice.assigned",
                () -> worklist.assign(id, assignee));
    }
}
