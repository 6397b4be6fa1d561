package frl.ienline.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a period for every output, suppressed. Staff outputs ask through {@link #forStaff}, which
 * checks the role; the public open-data API through {@link #forOpenData}, the one place figures leave without
 * a login (only the measures fit for publication are taken from it).
 */
@Service
public class Figures {

    /** One bar of a time series: a quarter and its figure. */
    public record Point(ReportPeriod quarter, Figure figure) {
    }

    private final Counts counts;
    private final CareFigures care;
    private final Region region;
    private final ReportingAccess access;

    Figures(Counts counts, CareFigures care, Region region, ReportingAccess access) {
        this.counts = counts;
        this.care = care;
        this.region = region;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public PeriodFigures forStaff(ReportPeriod period) {
        access.require();
        return figures(period);
    }

    /** The figures behind the public API: no login, the caller publishes only {@link Measure#openData()} ones. */
    @Transactional(readOnly = true)
    public PeriodFigures forOpenData(ReportPeriod period) {
        return figures(period);
    }

    /**
     * The quarters of {@code years} years up to the period's year, for a municipality ({@code null}: region):
     * every quarter read from its own year's cube, so it agrees with every other output of that year.
     */
    @Transactional(readOnly = true)
    public List<Point> series(Measure measure, String municipality, ReportPeriod until, int years) {
        access.require();
        List<Point> points = new ArrayList<>();
        for (int year = until.year() - years + 1; year <= until.year(); year++) {
            Cube cube = counts.year(year, List.of(measure), region.codes(), region.numbers()).get(measure);
            for (ReportPeriod quarter : ReportPeriod.year(year).quarters()) {
                if (!quarter.start().isAfter(region.today())) {
                    points.add(new Point(quarter, cube.total(municipality, quarter.quarter())));
                }
            }
        }
        return points;
    }

    private PeriodFigures figures(ReportPeriod period) {
        SmallNumbers numbers = region.numbers();
        Map<Measure, Cube> cubes = counts.year(period.year(), Arrays.asList(Measure.values()), region.codes(), numbers);
        return new PeriodFigures(period, cubes, counts.durations(period), care.of(period), numbers);
    }
}
