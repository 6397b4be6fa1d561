package frl.ienline.reporting.internal;

import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.CsvCells;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every table of the dashboards as CSV (UTF-8 with a byte order mark, formulas neutralised by
 * {@link CsvCells}): the same suppressed figures as on the screen, never a raw count. Columns are named by the
 * measures' codes, so a spreadsheet can join periods.
 */
@Component
public class CsvTables {

    private final Region region;
    private final Labels labels;

    CsvTables(Region region, Labels labels) {
        this.region = region;
        this.labels = labels;
    }

    /** Every counted measure per municipality (and the region), for a period. */
    public String municipalities(PeriodFigures figures, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("periode", "gemeente_code", "gemeente"));
        Measure.counted().forEach(m -> header.add(m.code()));
        CsvCells.row(csv, header);
        String notApplicable = labels.text("reporting.notApplicable", locale);
        for (Municipality m : region.municipalities()) {
            String code = m.code().value();
            boolean inTeam = region.inTeam(code, figures.period());
            List<String> row = new ArrayList<>(List.of(figures.period().toString(), code, m.name()));
            for (Measure measure : Measure.counted()) {
                row.add(measure.isTeams() && !inTeam ? notApplicable : figures.figure(measure, code).text());
            }
            CsvCells.row(csv, row);
        }
        List<String> unknown = new ArrayList<>(List.of(figures.period().toString(), "",
                labels.text("reporting.table.unknown", locale)));
        List<String> total = new ArrayList<>(List.of(figures.period().toString(), "",
                labels.text("reporting.region", locale)));
        for (Measure measure : Measure.counted()) {
            unknown.add(figures.figure(measure, "").text());
            total.add(figures.figure(measure, null).text());
        }
        CsvCells.row(csv, unknown);
        CsvCells.row(csv, total);
        return csv.toString();
    }

    /** A measure per quarter over the years shown, for a municipality or the region. */
    public String series(Measure measure, String municipality, List<Figures.Point> points) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvCells.row(csv, List.of("kwartaal", "gemeente_code", "maatstaf", "waarde"));
        for (Figures.Point point : points) {
            CsvCells.row(csv, List.of(point.quarter().toString(), municipality == null ? "" : municipality,
                    measure.code(), point.figure().text()));
        }
        return csv.toString();
    }

    /** A measure broken down, with its total. */
    public String breakdown(PeriodFigures figures, Measure measure, String municipality, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        CsvCells.row(csv, List.of("periode", "gemeente_code", "maatstaf", "uitsplitsing", "omschrijving", "waarde"));
        String m = municipality == null ? "" : municipality;
        for (PeriodFigures.Part part : figures.breakdown(measure, municipality)) {
            CsvCells.row(csv, List.of(figures.period().toString(), m, measure.code(), part.dimension(),
                    labels.dimension(measure, part.dimension(), locale), part.figure().text()));
        }
        CsvCells.row(csv, List.of(figures.period().toString(), m, measure.code(), "",
                labels.text("reporting.table.total", locale), figures.figure(measure, municipality).text()));
        return csv.toString();
    }

    /** The uniformity monitor: a row per municipality, the medians and the thresholds. */
    public String monitor(Uniformity.Monitor monitor, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("periode", "gemeente_code", "gemeente"));
        for (Uniformity.KeyFigure figure : Uniformity.KeyFigure.values()) {
            header.add(figure.name().toLowerCase(Locale.ROOT));
            header.add(figure.name().toLowerCase(Locale.ROOT) + "_vlag");
        }
        CsvCells.row(csv, header);
        String notApplicable = labels.text("reporting.notApplicable", locale);
        for (Uniformity.Row row : monitor.rows()) {
            List<String> cells = new ArrayList<>(List.of(monitor.period().toString(), row.municipality().code().value(),
                    row.municipality().name()));
            for (Uniformity.KeyFigure figure : Uniformity.KeyFigure.values()) {
                Uniformity.Cell cell = row.cells().get(figure);
                cells.add(cell.applicable() ? cell.text() : notApplicable);
                cells.add(cell.flagged() ? "ja" : "");
            }
            CsvCells.row(csv, cells);
        }
        List<String> medians = new ArrayList<>(List.of(monitor.period().toString(), "",
                labels.text("reporting.monitor.median", locale)));
        for (Uniformity.KeyFigure figure : Uniformity.KeyFigure.values()) {
            medians.add(MonitorTexts.format(figure, monitor.medians().get(figure)));
            medians.add("");
        }
        CsvCells.row(csv, medians);
        return csv.toString();
    }
}
