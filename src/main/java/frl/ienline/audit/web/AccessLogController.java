package frl.ienline.audit.web;

import frl.ienline.audit.internal.AccessLogEntry;
import frl.ienline.audit.internal.AccessLogReview;
import frl.ienline.platform.logchain.ChainVerification;
import frl.ienline.platform.logchain.Checkpoint;
import frl.ienline.platform.logchain.CheckpointKeeper;
import frl.ienline.audit.internal.RecentFilter;
import frl.ienline.audit.internal.ResultPage;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.InputRejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The auditor pages: the access log overview with recent entries and filters, "who saw this record" with
 * its CSV export, and the chain verification. Authorisation and logging are {@link AccessLogReview}'s.
 */
@Controller
@RequestMapping("/app/toegangslog")
class AccessLogController {

    /** The parameters of the filter and search forms, kept in pagination and export links. */
    private static final List<String> SEARCH_PARAMETERS = List.of("actor", "action", "result", "from", "to",
            "objectType", "objectId", "subject");

    private final AccessLogReview review;

    AccessLogController(AccessLogReview review) {
        this.review = review;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String result, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("filter", new FilterForm(actor, action, result, from, to));
        model.addAttribute("actions", Action.values());
        model.addAttribute("results", Result.values());
        model.addAttribute("zone", review.zone());
        RecentFilter filter;
        try {
            filter = RecentFilter.parse(actor, action, result, from, to);
        } catch (InputRejected rejected) {
            review.authorise(Action.SEARCH, null);
            return withErrors(rejected, model, response, "audit/log");
        }
        ResultPage<AccessLogEntry> entries = review.recent(filter, page);
        addPage(model, entries, request);
        return "audit/log";
    }

    @PostMapping("/verificatie")
    String verify(Model model) {
        ChainVerification verification = review.verifyChain();
        model.addAttribute("verification", verification);
        return "audit/verification";
    }

    /** The kept checkpoints, the signing key's fingerprint and the button to make one now. */
    @GetMapping("/controlepunten")
    String checkpoints(Model model) {
        model.addAttribute("checkpoints", review.checkpoints());
        model.addAttribute("fingerprint", review.checkpointKeyFingerprint());
        model.addAttribute("zone", review.zone());
        return "audit/checkpoints";
    }

    @PostMapping("/controlepunten")
    String makeCheckpoint(Model model) {
        CheckpointKeeper.Made made = review.makeCheckpoint();
        model.addAttribute("made", made);
        return checkpoints(model);
    }

    /** One checkpoint as the signed text file the privacy officer keeps outside ienline. */
    @GetMapping("/controlepunten/{id}")
    ResponseEntity<String> checkpoint(@PathVariable UUID id) {
        Checkpoint checkpoint = review.checkpoint(id);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(checkpoint.fileName()).build().toString())
                .body(checkpoint.text());
    }

    @GetMapping("/inzage")
    String whoSaw(@RequestParam(required = false) String objectType, @RequestParam(required = false) String objectId,
            @RequestParam(required = false) String subject, @RequestParam(defaultValue = "1") int page, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("query", new QueryForm(objectType, objectId, subject));
        model.addAttribute("zone", review.zone());
        if (objectType == null && objectId == null && subject == null) {
            review.authorise(Action.VIEW, null); // the empty search form shows no entries
            return "audit/who-saw";
        }
        try {
            ResultPage<AccessLogEntry> entries = review.whoSaw(objectType, objectId, subject, page);
            addPage(model, entries, request);
            model.addAttribute("csvUrl", url(request.getRequestURI() + ".csv", request, Map.of()));
            return "audit/who-saw";
        } catch (InputRejected rejected) {
            return withErrors(rejected, model, response, "audit/who-saw");
        }
    }

    @GetMapping("/inzage.csv")
    Object exportWhoSaw(@RequestParam(required = false) String objectType,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String subject,
            Model model, HttpServletResponse response) {
        try {
            String csv = review.exportWhoSaw(objectType, objectId, subject);
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("toegangslog-inzage.csv").build().toString())
                    .body(csv);
        } catch (InputRejected rejected) {
            model.addAttribute("query", new QueryForm(objectType, objectId, subject));
            model.addAttribute("zone", review.zone());
            return withErrors(rejected, model, response, "audit/who-saw");
        }
    }

    private static String withErrors(InputRejected rejected, Model model, HttpServletResponse response, String view) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        rejected.problems().forEach(p -> fieldErrors.putIfAbsent(p.where(), p.what()));
        model.addAttribute("fieldErrors", fieldErrors);
        return view;
    }

    private static void addPage(Model model, ResultPage<AccessLogEntry> entries, HttpServletRequest request) {
        model.addAttribute("entries", entries);
        if (entries.hasPrevious()) {
            model.addAttribute("previousUrl", pageUrl(request, entries.number() - 1));
        }
        if (entries.hasNext()) {
            model.addAttribute("nextUrl", pageUrl(request, entries.number() + 1));
        }
    }

    /** The current page's URL with another page number; the search parameters stay as they were. */
    private static String pageUrl(HttpServletRequest request, int page) {
        return url(request.getRequestURI(), request, Map.of("page", page));
    }

    /** {@code path} with the known search parameters of {@code request} (encoded), plus {@code extra}. */
    private static String url(String path, HttpServletRequest request, Map<String, Object> extra) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : SEARCH_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null && !value.isEmpty()) {
                url.queryParam(name, "{" + name + "}");
                values.put(name, value);
            }
        }
        extra.forEach((name, value) -> {
            url.queryParam(name, "{" + name + "}");
            values.put(name, value);
        });
        return url.encode().buildAndExpand(values).toUriString();
    }

    /** What the filter form shows back to the user, as typed. */
    record FilterForm(String actor, String action, String result, String from, String to) {
    }

    /** What the "who saw" form shows back to the user, as typed. */
    record QueryForm(String objectType, String objectId, String subject) {
    }
}
