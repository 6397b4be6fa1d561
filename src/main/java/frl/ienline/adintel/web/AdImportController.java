package frl.ienline.adintel.web;

import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import frl.ienline.shared.NavigationItem;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The three ways in that involve HTTP, both on the one import path ({@link AdImports}): the upload page
 * {@code /app/advertenties/import} and {@code POST /api/v1/advertenties/imports} (body = JSON Lines).
 */
@Controller
class AdImportController {

    private final AdImports imports;

    AdImportController(AdImports imports) {
        this.imports = imports;
    }

    @Bean
    static NavigationItem adImportNavigation() {
        return new NavigationItem("adintel.nav.import", "/app/advertenties/import", 45,
                java.util.Set.of(frl.ienline.shared.Role.RIEC_ANALYST, frl.ienline.shared.Role.INSPECTOR,
                        frl.ienline.shared.Role.TEAM_COORDINATOR));
    }

    @GetMapping("/app/advertenties/import")
    String form() {
        imports.checkMayImport(); // guarded like its POST (D13)
        return "adintel/import";
    }

    @PostMapping(path = "/app/advertenties/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        imports.checkMayImport(); // before the file is looked at (D12)
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "adintel/import";
        }
        try (InputStream in = file.getInputStream()) {
            ImportOutcome outcome = imports.importBy(in, ImportSource.UI);
            if (outcome instanceof ImportOutcome.Completed done) {
                model.addAttribute("completed", done);
            } else {
                model.addAttribute("rejected", outcome);
            }
        }
        return "adintel/import";
    }

    @PostMapping(path = "/api/v1/advertenties/imports")
    @ResponseBody
    ResponseEntity<?> api(InputStream body) {
        ImportOutcome outcome = imports.importBy(body, ImportSource.API);
        if (outcome instanceof ImportOutcome.Completed done) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("importId", done.importId());
            answer.put("regels", done.lines());
            answer.put("snapshots", done.snapshotsRead());
            answer.put("nieuweSnapshots", done.newSnapshots());
            answer.put("herhaaldeSnapshots", done.repeatedSnapshots());
            answer.put("nieuweAdvertenties", done.newAds());
            return ResponseEntity.created(URI.create("/api/v1/advertenties/imports/" + done.importId())).body(answer);
        }
        ImportOutcome.Rejected rejected = (ImportOutcome.Rejected) outcome;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                rejected.totalErrors() + " error(s) in the input; nothing was imported");
        problem.setTitle("Invalid input");
        List<Map<String, Object>> errors = rejected.errors().stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("line", e.line());
            error.put("field", e.field());
            error.put("what", e.message());
            error.put("where", e.field() == null ? "line " + e.line() : "line " + e.line() + ", " + e.field());
            return error;
        }).toList();
        problem.setProperty("errors", errors);
        problem.setProperty("totalErrors", rejected.totalErrors());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
