package frl.ienline.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

    /** The cubes of a year as computed at a version of the store, with the threshold they were suppressed with. */
    private record CachedYear(long version, int threshold, Map<Measure, Cube> cubes) {
    }

    private record CachedDurations(long version, Map<Measure, Map<String, TreeMap<Integer, Long>>> days) {
    }

    private final Counts counts;
    private final Journal journal;
    private final CareFigures care;
    private final Region region;
    private final ReportingAccess access;
    private final Map<Integer, CachedYear> years = new ConcurrentHashMap<>();
    private final Map<ReportPeriod, CachedDurations> durations = new ConcurrentHashMap<>();

    Figures(Counts counts, Journal journal, CareFigures care, Region region, ReportingAccess access) {
        this.counts = counts;
        this.journal = journal;
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
        long version = journal.version();
        SmallNumbers numbers = region.numbers();
        for (int year = until.year() - years + 1; year <= until.year(); year++) {
            Cube cube = cubes(year, numbers, version).get(measure);
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
        long version = journal.version();
        CachedDurations days = durations.get(period);
        if (days == null || days.version() != version) {
            days = new CachedDurations(version, counts.durations(period));
            durations.put(period, days);
        }
        return new PeriodFigures(period, cubes(period.year(), numbers, version), days.days(), care.of(period), numbers);
    }

    /**
     * The cubes of a year, computed again only when the store changed since (its version, read before the
     * counts, so a change during the computation makes the next request compute again).
     */
    private Map<Measure, Cube> cubes(int year, SmallNumbers numbers, long version) {
        CachedYear cached = years.get(year);
        if (cached == null || cached.version() != version || cached.threshold() != numbers.threshold()) {
            cached = new CachedYear(version, numbers.threshold(),
                    counts.year(year, Arrays.asList(Measure.values()), region.codes(), numbers));
            years.put(year, cached);
        }
        return cached.cubes();
    }
}
