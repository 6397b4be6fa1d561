package frl.ienline.reporting.internal;

import frl.ienline.platform.PdfDocuments;
import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.FrieslandTiles;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The council report (raadsrapportage) of a municipality or the region for a year or a quarter: a tagged PDF
 * (PDF/UA as far as the renderer goes, DejaVu embedded) in Dutch with the key figures, a commentary written
 * from the bundle's patterns, the charts as bars with their numbers, the schematic map as a table of tiles,
 * and the uniformity table with its flags. The same suppressed figures as the screens; every word comes from
 * the bundle, the template only places them.
 */
@Component
public class CouncilReport {

    /** The language of council reports. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** A chart as bars of HTML: the PDF renderer draws no SVG. */
    public record BarList(String title, String description, List<Charts.Bar> bars) {
    }

    /** One tile of the map grid, or an empty cell. */
    public record MapCell(String name, String text, String colour) {
    }

    /** The uniformity table: headings, a row of texts per municipality, flags per row. */
    public record UniformityTable(List<String> headings, List<List<String>> rows, List<List<Boolean>> flagged,
            List<String> medians) {
    }

    /** Everything the template places. */
    public record Model(String lang, String title, String subtitle, Map<String, String> words, List<String> narrative,
            List<KeyFigures.Item> keyFigures, List<BarList> charts, List<List<MapCell>> map, String mapTitle,
            UniformityTable uniformity, List<String> flags, List<String> legend, String source) {
    }

    private final Figures statistics;
    private final Uniformity uniformity;
    private final Narrative narrative;
    private final KeyFigures keyFigures;
    private final Labels labels;
    private final Region region;
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    CouncilReport(Figures statistics, Uniformity uniformity, Narrative narrative, KeyFigures keyFigures,
            Labels labels, Region region) {
        this.statistics = statistics;
        this.uniformity = uniformity;
        this.narrative = narrative;
        this.keyFigures = keyFigures;
        this.labels = labels;
        this.region = region;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/reporting/pdf/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    /** The report's content (also what tests read); {@code municipality} {@code null} is the region. */
    public Model compose(String municipality, ReportPeriod period) {
        Locale nl = DUTCH;
        PeriodFigures now = statistics.forStaff(period);
        PeriodFigures before = statistics.forStaff(period.previous());
        Uniformity.Monitor monitor = uniformity.monitor(now);
        String place = labels.place(municipality, nl);
        String periodLabel = labels.period(period, nl);
        List<BarList> charts = new ArrayList<>();
        charts.add(series(Measure.APPLICATIONS_RECEIVED, municipality, period, place));
        charts.add(breakdown(now, Measure.APPLICATIONS_DECIDED, municipality, place, periodLabel));
        charts.add(breakdown(now, Measure.ADS_NEW, municipality, place, periodLabel));
        if (municipality == null || region.inTeam(municipality, period)) {
            charts.add(series(Measure.CONTROLS, municipality, period, place));
            charts.add(breakdown(now, Measure.ENFORCEMENT_STEPS, municipality, place, periodLabel));
        }
        charts.add(breakdown(now, Measure.SIGNALS_REGISTERED, municipality, place, periodLabel));
        Map<String, String> words = Map.of(
                "narrative", labels.text("reporting.report.narrative", nl),
                "keyFigures", labels.text("reporting.report.keyFigures", nl),
                "uniformity", labels.text("reporting.report.uniformity", nl),
                "map", labels.text("reporting.report.map", nl),
                "flags", labels.text("reporting.monitor.flags.heading", nl),
                "teamMark", labels.text("reporting.team.mark", nl),
                "municipality", labels.text("reporting.table.municipality", nl),
                "median", labels.text("reporting.monitor.median", nl),
                "noFlags", labels.text("reporting.monitor.flags.none", nl));
        return new Model("nl", labels.text("reporting.report.title", nl, place, periodLabel),
                labels.text("reporting.report.subtitle", nl,
                        DateTimeFormatter.ofPattern("d MMMM yyyy", nl).format(region.today())),
                words, narrative.sentences(now, before, municipality, monitor, nl),
                keyFigures.of(now, municipality, nl), charts, map(now),
                labels.text("reporting.map.heading", nl, labels.measure(Measure.APPLICATIONS_RECEIVED, nl)),
                table(monitor), MonitorTexts.sentences(monitor, labels, nl),
                List.of(labels.text("reporting.legend.small", nl, now.numbers().threshold()),
                        labels.text("reporting.legend.hidden", nl), labels.text("reporting.legend.notShown", nl),
                        labels.text("reporting.legend.none", nl)),
                labels.text("reporting.report.source", nl, region.activeVersionId()));
    }

    public byte[] render(String municipality, ReportPeriod period) {
        Context context = new Context(DUTCH);
        context.setVariable("report", compose(municipality, period));
        return PdfDocuments.accessibleFromXhtml(templates.process("council-report", context), "council report");
    }

    private BarList series(Measure measure, String municipality, ReportPeriod period, String place) {
        List<Charts.Item> items = new ArrayList<>();
        for (Figures.Point point : statistics.series(measure, municipality, period, 3)) {
            items.add(new Charts.Item(labels.period(point.quarter(), DUTCH), point.figure()));
        }
        String name = labels.measure(measure, DUTCH);
        Charts.BarChart chart = Charts.bars("pdf", labels.text("reporting.series.heading", DUTCH, name, place),
                labels.text("reporting.series.description", DUTCH, KeyFigures.capital(name), place), items);
        return new BarList(chart.title(), chart.description(), chart.bars());
    }

    private BarList breakdown(PeriodFigures figures, Measure measure, String municipality, String place,
            String periodLabel) {
        List<Charts.Item> items = new ArrayList<>();
        for (PeriodFigures.Part part : figures.breakdown(measure, municipality)) {
            items.add(new Charts.Item(labels.dimension(measure, part.dimension(), DUTCH), part.figure()));
        }
        items.add(new Charts.Item(labels.text("reporting.table.total", DUTCH), figures.figure(measure, municipality)));
        String name = labels.measure(measure, DUTCH);
        Charts.BarChart chart = Charts.bars("pdf", labels.text("reporting.breakdown.heading", DUTCH, name, place),
                labels.text("reporting.breakdown.description", DUTCH, KeyFigures.capital(name), place, periodLabel),
                items);
        return new BarList(chart.title(), chart.description(), chart.bars());
    }

    /** The schematic map as a 5 × 5 grid of cells coloured by applications received. */
    private List<List<MapCell>> map(PeriodFigures figures) {
        List<TileMap.Entry> entries = new ArrayList<>();
        for (Municipality m : region.municipalities()) {
            entries.add(new TileMap.Entry(m, figures.figure(Measure.APPLICATIONS_RECEIVED, m.code().value()), true));
        }
        TileMap.Map5 map = TileMap.of("", "", entries);
        List<List<MapCell>> grid = new ArrayList<>();
        for (int row = 0; row < FrieslandTiles.ROWS; row++) {
            List<MapCell> cells = new ArrayList<>();
            for (int column = 0; column < FrieslandTiles.COLUMNS; column++) {
                int r = row;
                int c = column;
                cells.add(map.tiles().stream().filter(t -> t.row() == r && t.column() == c).findFirst()
                        .map(t -> new MapCell(t.name(), t.text(), t.colour())).orElse(new MapCell("", "", "empty")));
            }
            grid.add(cells);
        }
        return grid;
    }

    private UniformityTable table(Uniformity.Monitor monitor) {
        List<String> headings = new ArrayList<>();
        for (Uniformity.KeyFigure figure : Uniformity.KeyFigure.values()) {
            headings.add(labels.text("reporting.figure." + figure.name(), DUTCH));
        }
        String notApplicable = labels.text("reporting.notApplicable", DUTCH);
        List<List<String>> rows = new ArrayList<>();
        List<List<Boolean>> flagged = new ArrayList<>();
        for (Uniformity.Row row : monitor.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.municipality().name()));
            List<Boolean> flags = new ArrayList<>(List.of(false));
            for (Uniformity.KeyFigure figure : Uniformity.KeyFigure.values()) {
                Uniformity.Cell cell = row.cells().get(figure);
                cells.add(cell.applicable() ? cell.text() : notApplicable);
                flags.add(cell.flagged());
            }
            rows.add(cells);
            flagged.add(flags);
        }
        List<String> medians = new ArrayList<>();
        for (Uniformity.KeyFigure figure : Uniformity.KeyFigure.values()) {
            medians.add(MonitorTexts.format(figure, monitor.medians().get(figure)));
        }
        return new UniformityTable(headings, rows, flagged, medians);
    }
}
