package frl.ienline.adintel.web;

import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import frl.ienline.shared.NavigationItem;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page {@code /app/advertenties/import} on the one import path ({@link AdImports}); the API
 * ({@code POST /api/v1/advertenties/imports}) is {@link AdImportApi}.
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
}
