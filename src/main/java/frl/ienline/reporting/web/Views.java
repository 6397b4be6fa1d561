package frl.ienline.reporting.web;

import frl.ienline.reporting.internal.Charts;
import frl.ienline.reporting.internal.Figure;
import frl.ienline.reporting.internal.Figures;
import frl.ienline.reporting.internal.KeyFigures;
import frl.ienline.reporting.internal.Labels;
import frl.ienline.reporting.internal.Measure;
import frl.ienline.reporting.internal.PeriodFigures;
import frl.ienline.reporting.internal.Region;
import frl.ienline.reporting.internal.ReportPeriod;
import frl.ienline.reporting.internal.TileMap;
import frl.ienline.rulebook.Municipality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Turns the suppressed figures into what the pages show: options of the filters, key figures, the map, and
 * every chart with the table of its data. No number reaches a page other than through a {@link Figure}.
 */
@Component
class Views {

    static final int YEARS = 5;

    /** An option of a select. */
    record Option(String value, String label, boolean selected) {
    }

    /** A row of a data table. */
    record Row(String label, String text) {
    }

    /** A chart with its data table and the CSV of that table. */
    record Chart(Charts.BarChart chart, List<Row> rows, String caption, String csv) {
    }

    record MapView(TileMap.Map5 map, List<Row> rows, String caption, String csv) {
    }

    private final Figures statistics;
    private final Labels labels;
    private final Region region;

    Views(Figures statistics, Labels labels, Region region) {
        this.statistics = statistics;
        this.labels = labels;
        this.region = region;
    }

    List<Option> periods(ReportPeriod selected, Locale locale) {
        List<Option> options = new ArrayList<>();
        int thisYear = region.today().getYear();
        for (int year = thisYear; year > thisYear - YEARS; year--) {
            ReportPeriod y = ReportPeriod.year(year);
            options.add(option(y, selected, locale));
            for (ReportPeriod q : y.quarters().reversed()) {
                if (!q.start().isAfter(region.today())) {
                    options.add(option(q, selected, locale));
                }
            }
        }
        return options;
    }

    private Option option(ReportPeriod period, ReportPeriod selected, Locale locale) {
        return new Option(period.toString(), labels.period(period, locale), period.equals(selected));
    }

    List<Option> measures(Measure selected, Locale locale) {
        return Measure.counted().stream()
                .map(m -> new Option(m.code(), labels.measure(m, locale), m == selected)).toList();
    }

    List<Option> municipalities(String selected) {
        return region.municipalities().stream().map(m -> new Option(m.code().value(), m.name(),
                m.code().value().equals(selected))).toList();
    }

    MapView map(PeriodFigures figures, Measure measure, Locale locale, String csv) {
        List<TileMap.Entry> entries = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Municipality m : region.municipalities()) {
            String code = m.code().value();
            boolean applies = !measure.isTeams() || region.inTeam(code, figures.period());
            Figure figure = figures.figure(measure, code);
            entries.add(new TileMap.Entry(m, figure, applies));
            rows.add(new Row(m.name(), applies ? figure.text() : labels.text("reporting.notApplicable", locale)));
        }
        Figure unknown = figures.figure(measure, "");
        if (unknown.value() != 0) {
            rows.add(new Row(labels.text("reporting.table.unknown", locale), unknown.text()));
        }
        rows.add(new Row(labels.text("reporting.table.total", locale), figures.figure(measure, null).text()));
        String name = labels.measure(measure, locale);
        String period = labels.period(figures.period(), locale);
        TileMap.Map5 map = TileMap.of(labels.text("reporting.map.heading", locale, name),
                labels.text("reporting.map.description", locale), entries);
        return new MapView(map, rows, labels.text("reporting.table.caption.map", locale, name, period), csv);
    }

    Chart series(Measure measure, String municipality, ReportPeriod until, Locale locale, String id, String csv) {
        List<Charts.Item> items = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Figures.Point point : statistics.series(measure, municipality, until, YEARS)) {
            String label = labels.text("reporting.quarterShort", locale, Integer.toString(point.quarter().year()),
                    point.quarter().quarter());
            items.add(new Charts.Item(label, point.figure()));
            rows.add(new Row(labels.period(point.quarter(), locale), point.figure().text()));
        }
        String name = labels.measure(measure, locale);
        String place = labels.place(municipality, locale);
        return new Chart(Charts.bars(id, labels.text("reporting.series.heading", locale, name, place),
                labels.text("reporting.series.description", locale, capital(name), place), items), rows,
                labels.text("reporting.series.caption", locale, capital(name), place), csv);
    }

    Chart breakdown(PeriodFigures figures, Measure measure, String municipality, Locale locale, String id,
            String csv) {
        List<Charts.Item> items = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (PeriodFigures.Part part : figures.breakdown(measure, municipality)) {
            String label = labels.dimension(measure, part.dimension(), locale);
            items.add(new Charts.Item(label, part.figure()));
            rows.add(new Row(label, part.figure().text()));
        }
        if (!rows.isEmpty()) {
            rows.add(new Row(labels.text("reporting.table.total", locale), figures.figure(measure, municipality).text()));
        }
        String name = labels.measure(measure, locale);
        String place = labels.place(municipality, locale);
        String period = labels.period(figures.period(), locale);
        return new Chart(Charts.bars(id, labels.text("reporting.breakdown.heading", locale, name, place),
                labels.text("reporting.breakdown.description", locale, capital(name), place, period), items), rows,
                labels.text("reporting.breakdown.heading", locale, name, place) + ", " + period, csv);
    }

    List<Row> care(PeriodFigures figures, Locale locale) {
        List<Row> rows = new ArrayList<>();
        for (Measure measure : Measure.ofKind(Measure.Kind.CARE)) {
            rows.add(new Row(capital(labels.measure(measure, locale)), figures.care(measure).text()));
        }
        return rows;
    }

    static String capital(String text) {
        return KeyFigures.capital(text);
    }
}
