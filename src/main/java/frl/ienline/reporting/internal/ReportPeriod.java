package frl.ienline.reporting.internal;

import frl.ienline.shared.InputRejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period reported on: a calendar year ({@code 2026}) or a quarter of it ({@code 2026-Q3}). From its first
 * day up to (not including) {@link #end()}.
 *
 * @param quarter 1–4, or 0 for the whole year
 */
public record ReportPeriod(int year, int quarter) implements Comparable<ReportPeriod> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    public ReportPeriod {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("A year from 2000 to 2100");
        }
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("A quarter from 1 to 4, or 0 for the year");
        }
    }

    /** Parses {@code 2026} or {@code 2026-Q3}; anything else is rejected naming the parameter. */
    public static ReportPeriod parse(String raw, String parameter) {
        Matcher matcher = FORMAT.matcher(raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw InputRejected.of(parameter, "must be a year (2026) or a quarter of it (2026-Q3)");
        }
        try {
            return new ReportPeriod(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw InputRejected.of(parameter, "must be a year from 2000 to 2100");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(year, 0);
    }

    public static ReportPeriod containing(LocalDate day) {
        return new ReportPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public boolean isYear() {
        return quarter == 0;
    }

    public LocalDate start() {
        return LocalDate.of(year, isYear() ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return isYear() ? start().plusYears(1) : start().plusMonths(3);
    }

    /** The four quarters of a year, or the quarter itself. */
    public List<ReportPeriod> quarters() {
        if (!isYear()) {
            return List.of(this);
        }
        List<ReportPeriod> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new ReportPeriod(year, q));
        }
        return quarters;
    }

    /** The same period a year earlier (for "from … to …" in the narrative). */
    public ReportPeriod previous() {
        return new ReportPeriod(year - 1, quarter);
    }

    public ReportPeriod yearOf() {
        return year(year);
    }

    /** Whether the period is over on {@code today}. */
    public boolean closedOn(LocalDate today) {
        return !today.isBefore(end());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && day.isBefore(end());
    }

    @Override
    public String toString() {
        return isYear() ? Integer.toString(year) : year + "-Q" + quarter;
    }

    /** By year, the whole year before its quarters. */
    @Override
    public int compareTo(ReportPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }
}
