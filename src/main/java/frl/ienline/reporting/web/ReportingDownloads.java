package frl.ienline.reporting.web;

import frl.ienline.reporting.internal.CouncilReport;
import frl.ienline.reporting.internal.CsvTables;
import frl.ienline.reporting.internal.Figures;
import frl.ienline.reporting.internal.Measure;
import frl.ienline.reporting.internal.Region;
import frl.ienline.reporting.internal.ReportPeriod;
import frl.ienline.reporting.internal.ReportingAccess;
import frl.ienline.reporting.internal.Uniformity;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.InputRejected;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The downloads of reporting: every table as CSV and the council report as PDF. Each is written to the access
 * log as an export or a print (what and which period; no person is in it), which also counts it against the
 * staff member's one budget of exports ({@code platform.ExportThrottle}: over it, a DENIED entry and 429).
 */
@Controller
class ReportingDownloads {

    private final Figures statistics;
    private final CsvTables tables;
    private final CouncilReport report;
    private final Uniformity uniformity;
    private final ReportingAccess access;
    private final Region region;

    ReportingDownloads(Figures statistics, CsvTables tables, CouncilReport report, Uniformity uniformity,
            ReportingAccess access, Region region) {
        this.statistics = statistics;
        this.tables = tables;
        this.report = report;
        this.uniformity = uniformity;
        this.access = access;
        this.region = region;
    }

    @GetMapping("/app/rapportage/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "tabel", required = false) String table,
            @RequestParam(name = "periode", required = false) String rawPeriod,
            @RequestParam(name = "gemeente", required = false) String rawMunicipality,
            @RequestParam(name = "maatstaf", required = false) String rawMeasure, Locale locale) {
        access.require();
        ReportPeriod period = period(rawPeriod);
        String municipality = rawMunicipality == null || rawMunicipality.isBlank() ? null
                : region.requireMunicipality(rawMunicipality, "gemeente").code().value();
        String name = table == null ? "" : table;
        if (!name.matches("gemeenten|reeks|uitsplitsing|monitor")) {
            throw InputRejected.of("tabel", "must be gemeenten, reeks, uitsplitsing or monitor");
        }
        Measure measure = ReportingPages.measure(rawMeasure);
        String csv = switch (name) {
            case "gemeenten" -> tables.municipalities(statistics.forStaff(period), locale);
            case "reeks" -> tables.series(measure, municipality,
                    statistics.series(measure, municipality, period, Views.YEARS));
            case "uitsplitsing" -> tables.breakdown(statistics.forStaff(period), measure, municipality, locale);
            default -> tables.monitor(uniformity.monitor(statistics.forStaff(period)), locale);
        };
        String file = "rapportage-" + name + "-" + period + (municipality == null ? "" : "-" + municipality)
                + (name.equals("reeks") || name.equals("uitsplitsing") ? "-" + measure.code() : "") + ".csv";
        access.exported(Action.EXPORT, name + " " + period + (municipality == null ? "" : " " + municipality),
                "reporting-export");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/app/rapportage/raadsrapportage.pdf")
    ResponseEntity<byte[]> councilReport(@RequestParam(name = "gemeente", required = false) String rawMunicipality,
            @RequestParam(name = "periode", required = false) String rawPeriod) {
        access.require();
        ReportPeriod period = period(rawPeriod);
        String municipality = rawMunicipality == null || rawMunicipality.isBlank() ? null
                : region.requireMunicipality(rawMunicipality, "gemeente").code().value();
        byte[] pdf = report.render(municipality, period);
        access.exported(Action.PRINT, "raadsrapportage " + period + (municipality == null ? "" : " " + municipality),
                "council-report");
        String file = "raadsrapportage-" + (municipality == null ? "regio" : municipality) + "-" + period + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(pdf);
    }

    private ReportPeriod period(String raw) {
        return raw == null || raw.isBlank() ? ReportPeriod.year(region.today().getYear())
                : ReportPeriod.parse(raw, "periode");
    }
}
