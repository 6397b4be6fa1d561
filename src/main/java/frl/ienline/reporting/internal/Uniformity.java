package frl.ienline.reporting.internal;

import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.ReportingRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The uniformity monitor: the 18 municipalities side by side on the key figures of the one rulebook, each
 * against the median of the municipalities, with a flag where one lies further from it than the rulebook's
 * threshold. A municipality is compared only on what applies to it (the team's figures only while it is in the
 * team) and only with enough cases (at least the small-number threshold): a median of two decisions says
 * nothing about uniformity. Values are shown only where the counts they come from are shown; a flag is set on
 * the value itself, so it tells a direction, never a hidden count.
 */
@Component
public class Uniformity {

    /** The key figures, in the order of the monitor. */
    public enum KeyFigure {
        DECISION_TIME(false), REFUSAL_SHARE(false), LADDER_RUNG(true), DEVIATION_SHARE(true),
        CONTROLS_PER_LEAD(true), LEAD_TO_CONTROL(true);

        private final boolean teams;

        KeyFigure(boolean teams) {
            this.teams = teams;
        }

        /** The supervision team's figure: applies to the team's municipalities only. */
        public boolean teams() {
            return teams;
        }
    }

    /**
     * One municipality on one key figure.
     *
     * @param value      the value compared (null: not applicable or too few cases)
     * @param text       what the monitor shows for it: a number, {@code <5}, {@code –} (none), {@code ·} (not shown
     *                   because a count behind it is hidden); null when not applicable
     * @param part       the counted part (e.g. deviating steps) as shown, or null for a median
     * @param whole      the whole it is part of (e.g. all steps) as shown
     * @param applicable false for a team figure of a municipality outside the team
     */
    public record Cell(Double value, String text, Figure part, Figure whole, boolean applicable, boolean flagged) {
        Cell flag() {
            return new Cell(value, text, part, whole, applicable, true);
        }
    }

    public record Row(Municipality municipality, boolean inTeam, Map<KeyFigure, Cell> cells) {
    }

    /** The monitor of a period: rows, the median of the municipalities and the region's own value per figure. */
    public record Monitor(ReportPeriod period, List<Row> rows, Map<KeyFigure, Double> medians,
            Map<KeyFigure, Cell> region, ReportingRules rules) {

        public List<Flag> flags() {
            List<Flag> flags = new ArrayList<>();
            for (KeyFigure figure : KeyFigure.values()) {
                for (Row row : rows) {
                    Cell cell = row.cells().get(figure);
                    if (cell.flagged()) {
                        flags.add(new Flag(row.municipality(), figure, cell, medians.get(figure)));
                    }
                }
            }
            return flags;
        }
    }

    public record Flag(Municipality municipality, KeyFigure figure, Cell cell, Double median) {
    }

    private final Region region;

    Uniformity(Region region) {
        this.region = region;
    }

    public Monitor monitor(PeriodFigures figures) {
        ReportingRules rules = region.rules();
        SmallNumbers numbers = figures.numbers();
        List<Row> rows = new ArrayList<>();
        for (Municipality m : region.municipalities()) {
            String code = m.code().value();
            boolean inTeam = region.inTeam(code, figures.period());
            Map<KeyFigure, Cell> cells = new EnumMap<>(KeyFigure.class);
            for (KeyFigure figure : KeyFigure.values()) {
                cells.put(figure, figure.teams() && !inTeam ? new Cell(null, null, null, null, false, false)
                        : cell(figure, figures, code, numbers));
            }
            rows.add(new Row(m, inTeam, cells));
        }
        Map<KeyFigure, Double> medians = new EnumMap<>(KeyFigure.class);
        Map<KeyFigure, Cell> regional = new EnumMap<>(KeyFigure.class);
        for (KeyFigure figure : KeyFigure.values()) {
            List<Double> values = rows.stream().map(r -> r.cells().get(figure).value())
                    .filter(v -> v != null).sorted().toList();
            Double median = median(values);
            medians.put(figure, median);
            regional.put(figure, cell(figure, figures, null, numbers));
            if (median == null || values.size() < 3) {
                continue; // fewer than three municipalities to compare: no median worth the name
            }
            double limit = limit(figure, rules.uniformity());
            for (Row row : rows) {
                Cell cell = row.cells().get(figure);
                if (cell.value() != null && Math.abs(cell.value() - median) > limit + 1e-9) {
                    row.cells().put(figure, cell.flag());
                }
            }
        }
        return new Monitor(figures.period(), rows, medians, regional, rules);
    }

    private Cell cell(KeyFigure figure, PeriodFigures f, String m, SmallNumbers numbers) {
        return switch (figure) {
            case DECISION_TIME -> median(f, Measure.DECISION_DAYS, m, numbers);
            case LEAD_TO_CONTROL -> median(f, Measure.LEAD_TO_CONTROL_DAYS, m, numbers);
            case REFUSAL_SHARE -> share(f.part(Measure.APPLICATIONS_DECIDED, m, "REFUSED"),
                    f.figure(Measure.APPLICATIONS_DECIDED, m), numbers, true);
            case DEVIATION_SHARE -> share(f.figure(Measure.LADDER_DEVIATIONS, m), f.figure(Measure.ENFORCEMENT_STEPS, m),
                    numbers, true);
            case CONTROLS_PER_LEAD -> share(f.figure(Measure.CONTROLS, m), f.figure(Measure.LEADS_RAISED, m), numbers,
                    false);
            case LADDER_RUNG -> rung(f, m, numbers);
        };
    }

    private static Cell median(PeriodFigures f, Measure measure, String m, SmallNumbers numbers) {
        DayHistogram days = f.days(measure, m);
        long n = days.count();
        Figure count = Figure.of(n, numbers.primary(n), numbers);
        if (n < numbers.threshold()) {
            return new Cell(null, n == 0 ? "–" : count.text(), null, count, true, false);
        }
        return new Cell(days.median().doubleValue(), Integer.toString(days.median()), null, count, true, false);
    }

    /** A share (or a rate): compared when the whole has enough cases, shown only when the counts are. */
    private static Cell share(Figure part, Figure whole, SmallNumbers numbers, boolean percent) {
        if (whole.value() < numbers.threshold()) {
            return new Cell(null, whole.value() == 0 ? "–" : whole.text(), part, whole, true, false);
        }
        double value = (double) part.value() / whole.value();
        boolean shown = percent ? numbers.shareShown(part.value(), part.mark(), whole.value(), whole.mark())
                : part.shown() && whole.shown();
        String text = !shown ? "·" : percent ? Math.round(value * 100) + " %"
                : String.format(java.util.Locale.ROOT, "%.2f", value).replace('.', ',');
        return new Cell(value, text, part, whole, true, false);
    }

    /** The mean rung of the steps taken; shown only when none of the steps' counts is hidden. */
    private Cell rung(PeriodFigures f, String m, SmallNumbers numbers) {
        Figure whole = f.figure(Measure.ENFORCEMENT_STEPS, m);
        if (whole.value() < numbers.threshold()) {
            return new Cell(null, whole.value() == 0 ? "–" : whole.text(), null, whole, true, false);
        }
        long weighted = 0;
        boolean anyHidden = !whole.shown();
        for (PeriodFigures.Part part : f.breakdown(Measure.ENFORCEMENT_STEPS, m)) {
            weighted += part.figure().value() * region.rung(part.dimension());
            anyHidden |= !part.figure().shown();
        }
        double value = (double) weighted / whole.value();
        String text = anyHidden ? "·" : String.format(java.util.Locale.ROOT, "%.1f", value).replace('.', ',');
        return new Cell(value, text, null, whole, true, false);
    }

    static double limit(KeyFigure figure, ReportingRules.Uniformity u) {
        return switch (figure) {
            case DECISION_TIME -> u.decisionDays();
            case LEAD_TO_CONTROL -> u.leadToControlDays();
            case REFUSAL_SHARE -> u.refusalShare().doubleValue();
            case DEVIATION_SHARE -> u.ladderDeviationShare().doubleValue();
            case CONTROLS_PER_LEAD -> u.controlsPerLead().doubleValue();
            case LADDER_RUNG -> u.ladderRung().doubleValue();
        };
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
