package frl.ienline.reporting.web;

import frl.ienline.reporting.internal.Figures;
import frl.ienline.reporting.internal.KeyFigures;
import frl.ienline.reporting.internal.Labels;
import frl.ienline.reporting.internal.Measure;
import frl.ienline.reporting.internal.MonitorTexts;
import frl.ienline.reporting.internal.PeriodFigures;
import frl.ienline.reporting.internal.Region;
import frl.ienline.reporting.internal.ReportPeriod;
import frl.ienline.reporting.internal.Uniformity;
import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.InputRejected;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reporting screens: the regional dashboard (also the page of the council report), a dashboard per
 * municipality, two municipalities compared, and the uniformity monitor. Figures only; the role check is in
 * {@link Figures}. Filters are plain GET forms: the pages work without JavaScript.
 */
@Controller
class ReportingPages {

    private final Figures statistics;
    private final Views views;
    private final Labels labels;
    private final Region region;
    private final Uniformity uniformity;
    private final KeyFigures keyFigures;

    ReportingPages(Figures statistics, Views views, Labels labels, Region region, Uniformity uniformity,
            KeyFigures keyFigures) {
        this.keyFigures = keyFigures;
        this.statistics = statistics;
        this.views = views;
        this.labels = labels;
        this.region = region;
        this.uniformity = uniformity;
    }

    @GetMapping("/app/rapportage")
    String region(@RequestParam(name = "periode", required = false) String rawPeriod,
            @RequestParam(name = "maatstaf", required = false) String rawMeasure, Locale locale, Model model) {
        ReportPeriod period = period(rawPeriod);
        Measure measure = measure(rawMeasure);
        PeriodFigures figures = statistics.forStaff(period);
        common(model, period, measure, null, locale);
        model.addAttribute("keyFigures", keyFigures.of(figures, null, locale));
        model.addAttribute("map", views.map(figures, measure, locale, csv("gemeenten", period, null, measure)));
        model.addAttribute("series", views.series(measure, null, period, locale, "reeks",
                csv("reeks", period, null, measure)));
        model.addAttribute("breakdown", views.breakdown(figures, measure, null, locale, "uitsplitsing",
                csv("uitsplitsing", period, null, measure)));
        model.addAttribute("care", views.care(figures, locale));
        return "reporting/region";
    }

    @GetMapping("/app/rapportage/gemeenten/{code}")
    String municipality(@PathVariable String code, @RequestParam(name = "periode", required = false) String rawPeriod,
            @RequestParam(name = "maatstaf", required = false) String rawMeasure, Locale locale, Model model) {
        ReportPeriod period = period(rawPeriod);
        Measure measure = measure(rawMeasure);
        Municipality municipality = region.requireMunicipality(code, "gemeente");
        String m = municipality.code().value();
        PeriodFigures figures = statistics.forStaff(period);
        common(model, period, measure, m, locale);
        model.addAttribute("municipality", municipality);
        model.addAttribute("inTeam", region.inTeam(m, period));
        model.addAttribute("applies", !measure.isTeams() || region.inTeam(m, period));
        model.addAttribute("keyFigures", keyFigures.of(figures, m, locale));
        model.addAttribute("series", views.series(measure, m, period, locale, "reeks", csv("reeks", period, m, measure)));
        model.addAttribute("breakdown", views.breakdown(figures, measure, m, locale, "uitsplitsing",
                csv("uitsplitsing", period, m, measure)));
        return "reporting/municipality";
    }

    /** One row of the comparison: a measure and its figure in both municipalities. */
    record Compared(String measure, String first, String second, boolean teams) {
    }

    @GetMapping("/app/rapportage/vergelijken")
    String compare(@RequestParam(name = "a", required = false) String first,
            @RequestParam(name = "b", required = false) String second,
            @RequestParam(name = "periode", required = false) String rawPeriod,
            @RequestParam(name = "maatstaf", required = false) String rawMeasure, Locale locale, Model model) {
        ReportPeriod period = period(rawPeriod);
        Measure measure = measure(rawMeasure);
        PeriodFigures figures = statistics.forStaff(period);
        String a = first == null || first.isBlank() ? "GM0080" : region.requireMunicipality(first, "a").code().value();
        String b = second == null || second.isBlank() ? "GM0072" : region.requireMunicipality(second, "b").code().value();
        common(model, period, measure, null, locale);
        model.addAttribute("firstOptions", views.municipalities(a));
        model.addAttribute("secondOptions", views.municipalities(b));
        model.addAttribute("first", region.name(a));
        model.addAttribute("second", region.name(b));
        model.addAttribute("same", a.equals(b));
        boolean aTeam = region.inTeam(a, period);
        boolean bTeam = region.inTeam(b, period);
        String notApplicable = labels.text("reporting.notApplicable", locale);
        List<Compared> rows = new java.util.ArrayList<>(Measure.counted().stream()
                .map(m -> new Compared(Views.capital(labels.measure(m, locale)),
                        m.isTeams() && !aTeam ? notApplicable : figures.figure(m, a).text(),
                        m.isTeams() && !bTeam ? notApplicable : figures.figure(m, b).text(), m.isTeams())).toList());
        rows.add(2, new Compared(Views.capital(labels.text("reporting.compare.median", locale)),
                figures.median(Measure.DECISION_DAYS, a), figures.median(Measure.DECISION_DAYS, b), false));
        model.addAttribute("rows", rows);
        model.addAttribute("caption", labels.text("reporting.compare.caption", locale, region.name(a), region.name(b),
                labels.period(period, locale)));
        model.addAttribute("seriesFirst", views.series(measure, a, period, locale, "reeks-a", csv("reeks", period, a, measure)));
        model.addAttribute("seriesSecond", views.series(measure, b, period, locale, "reeks-b",
                csv("reeks", period, b, measure)));
        return "reporting/compare";
    }

    @GetMapping("/app/rapportage/monitor")
    String monitor(@RequestParam(name = "periode", required = false) String rawPeriod, Locale locale, Model model) {
        ReportPeriod period = period(rawPeriod);
        PeriodFigures figures = statistics.forStaff(period);
        Uniformity.Monitor monitor = uniformity.monitor(figures);
        common(model, period, Measure.APPLICATIONS_RECEIVED, null, locale);
        model.addAttribute("monitor", monitor);
        model.addAttribute("figures", Uniformity.KeyFigure.values());
        model.addAttribute("flags", MonitorTexts.sentences(monitor, labels, locale));
        model.addAttribute("thresholds", MonitorTexts.thresholds(monitor, labels, locale));
        java.util.Map<Uniformity.KeyFigure, String> medians = new java.util.EnumMap<>(Uniformity.KeyFigure.class);
        monitor.medians().forEach((figure, value) -> medians.put(figure,
                MonitorTexts.format(figure, value)));
        model.addAttribute("medians", medians);
        model.addAttribute("rulebookVersion", region.activeVersionId());
        model.addAttribute("csvMonitor", csv("monitor", period, null, null));
        return "reporting/monitor";
    }

    private void common(Model model, ReportPeriod period, Measure measure, String municipality, Locale locale) {
        model.addAttribute("period", period.toString());
        model.addAttribute("periodLabel", labels.period(period, locale));
        model.addAttribute("measure", measure);
        model.addAttribute("measureLabel", labels.measure(measure, locale));
        model.addAttribute("periods", views.periods(period, locale));
        model.addAttribute("measures", views.measures(measure, locale));
        model.addAttribute("municipalityOptions", views.municipalities(municipality));
        model.addAttribute("threshold", region.rules().smallNumberThreshold());
    }

    ReportPeriod period(String raw) {
        return raw == null || raw.isBlank() ? ReportPeriod.year(region.today().getYear()) : ReportPeriod.parse(raw, "periode");
    }

    static Measure measure(String raw) {
        if (raw == null || raw.isBlank()) {
            return Measure.APPLICATIONS_RECEIVED;
        }
        return Measure.byCode(raw.strip()).filter(m -> Measure.counted().contains(m))
                .orElseThrow(() -> InputRejected.of("maatstaf", "not a measure of the dashboards"));
    }

    static String csv(String table, ReportPeriod period, String municipality, Measure measure) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/app/rapportage/export.csv").queryParam("tabel", table)
                .queryParam("periode", period.toString());
        if (municipality != null) {
            url.queryParam("gemeente", municipality);
        }
        if (measure != null) {
            url.queryParam("maatstaf", measure.code());
        }
        return url.build().toUriString();
    }
}
