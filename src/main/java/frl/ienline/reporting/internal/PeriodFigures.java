package frl.ienline.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every figure of one period, suppressed: the year's cubes (a quarter reads its column), the day histograms
 * of the durations and the care compartment's regional figures. What all outputs of a period are made of.
 */
public final class PeriodFigures {

    /** One value of a breakdown with its figure. */
    public record Part(String dimension, Figure figure) {
    }

    private final ReportPeriod period;
    private final Map<Measure, Cube> cubes;
    private final Map<Measure, Map<String, TreeMap<Integer, Long>>> durations;
    private final Map<Measure, CareFigures.Shown> care;
    private final SmallNumbers numbers;

    PeriodFigures(ReportPeriod period, Map<Measure, Cube> cubes,
            Map<Measure, Map<String, TreeMap<Integer, Long>>> durations, Map<Measure, CareFigures.Shown> care,
            SmallNumbers numbers) {
        this.period = period;
        this.cubes = cubes;
        this.durations = durations;
        this.care = care;
        this.numbers = numbers;
    }

    public ReportPeriod period() {
        return period;
    }

    public SmallNumbers numbers() {
        return numbers;
    }

    /** A count for a municipality ({@code null}: the region). */
    public Figure figure(Measure measure, String municipality) {
        Cube cube = cubes.get(measure);
        return cube == null ? Figure.of(0, SmallNumbers.Mark.SHOWN, numbers) : cube.total(municipality, period.quarter());
    }

    /** One breakdown value of a count. */
    public Figure part(Measure measure, String municipality, String dimension) {
        Cube cube = cubes.get(measure);
        return cube == null ? Figure.of(0, SmallNumbers.Mark.SHOWN, numbers)
                : cube.part(municipality, dimension, period.quarter());
    }

    /** The breakdown of a count, values that are zero in the whole region left out. */
    public List<Part> breakdown(Measure measure, String municipality) {
        Cube cube = cubes.get(measure);
        List<Part> parts = new ArrayList<>();
        if (cube == null) {
            return parts;
        }
        List<Figure> figures = cube.breakdown(municipality, period.quarter());
        List<Figure> region = cube.breakdown(null, period.quarter());
        for (int j = 0; j < figures.size(); j++) {
            if (!cube.dimensions().get(j).isEmpty() && region.get(j).value() != 0) {
                parts.add(new Part(cube.dimensions().get(j), figures.get(j)));
            }
        }
        return parts;
    }

    /** The day histogram of a duration for a municipality ({@code null}: the region). */
    public DayHistogram days(Measure measure, String municipality) {
        Map<String, TreeMap<Integer, Long>> byMunicipality = durations.getOrDefault(measure, Map.of());
        if (municipality == null) {
            return DayHistogram.merged(byMunicipality.values());
        }
        TreeMap<Integer, Long> days = byMunicipality.get(municipality);
        return days == null ? DayHistogram.EMPTY : new DayHistogram(days);
    }

    /**
     * A median number of days as it may be shown: only when at least the threshold of cases make it up, else
     * the text for a small number (a median of two cases tells about both).
     */
    public String median(Measure measure, String municipality) {
        DayHistogram days = days(measure, municipality);
        if (days.count() == 0) {
            return "–";
        }
        return numbers.isSmall(days.count()) ? numbers.text(days.count(), SmallNumbers.Mark.SMALL)
                : Integer.toString(days.median());
    }

    public String p90(Measure measure, String municipality) {
        DayHistogram days = days(measure, municipality);
        if (days.count() == 0) {
            return "–";
        }
        return numbers.isSmall(days.count()) ? numbers.text(days.count(), SmallNumbers.Mark.SMALL)
                : Integer.toString(days.p90());
    }

    /** The care compartment's regional figure, as it was captured for this period. */
    public CareFigures.Shown care(Measure measure) {
        return care.getOrDefault(measure, CareFigures.Shown.NONE);
    }
}
