package frl.ienline.reporting.internal;

import frl.ienline.reporting.internal.SmallNumbers.Mark;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure in one year, per municipality × breakdown × quarter, with every total (per municipality, per
 * breakdown value, per quarter, the region, the year), suppressed together by {@link SmallNumbers}. All
 * outputs of that measure and year read their figures from the same cube, so no two of them combine into a
 * hidden number: a municipality's year total, its quarters, its breakdown and the region's all agree on what
 * is hidden. For a stock (licences in force) the quarters are the situations at each quarter's end: they do
 * not add up, so the year is the fourth quarter and there are no sums over time.
 */
public final class Cube {

    private final Measure measure;
    private final List<String> municipalities;
    private final List<String> dimensions;
    private final int quarters;
    private final long[] values;
    private final Mark[] marks;
    private final SmallNumbers numbers;
    private final boolean additive;

    private Cube(Measure measure, List<String> municipalities, List<String> dimensions, int quarters, long[] values,
            Mark[] marks, SmallNumbers numbers, boolean additive) {
        this.measure = measure;
        this.municipalities = municipalities;
        this.dimensions = dimensions;
        this.quarters = quarters;
        this.values = values;
        this.marks = marks;
        this.numbers = numbers;
        this.additive = additive;
    }

    /**
     * @param municipalities the rows: municipality codes, and {@code ""} for counts that named none
     * @param dimensions     the breakdown values ({@code ""} alone for a measure without a breakdown)
     * @param raw            counts by [municipality][dimension][quarter]; for a stock the value at each quarter's end
     */
    public static Cube of(Measure measure, List<String> municipalities, List<String> dimensions, long[][][] raw,
            SmallNumbers numbers) {
        int m = municipalities.size();
        int d = dimensions.size();
        int q = raw.length == 0 || raw[0].length == 0 ? 1 : raw[0][0].length;
        long[] values = new long[(m + 1) * (d + 1) * (q + 1)];
        boolean additive = measure.kind() != Measure.Kind.STOCK;
        Cube shape = new Cube(measure, List.copyOf(municipalities), List.copyOf(dimensions), q, values, null, numbers,
                additive);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < q; k++) {
                    long v = raw[i][j][k];
                    values[shape.index(i, j, k)] += v;
                    values[shape.index(m, j, k)] += v;
                    values[shape.index(i, d, k)] += v;
                    values[shape.index(i, j, q)] += v;
                    values[shape.index(m, d, k)] += v;
                    values[shape.index(m, j, q)] += v;
                    values[shape.index(i, d, q)] += v;
                    values[shape.index(m, d, q)] += v;
                }
            }
        }
        Mark[] marks = numbers.suppress(values, shape.lines());
        return new Cube(measure, shape.municipalities, shape.dimensions, q, values, marks, numbers, additive);
    }

    private int index(int m, int d, int q) {
        return (m * (dimensions.size() + 1) + d) * (quarters + 1) + q;
    }

    /**
     * Every sum of the cube: along each axis, for every position (totals included) on the other two. A stock
     * has no sums over time: its time totals are never read, so they are left out.
     */
    private List<int[]> lines() {
        int m = municipalities.size();
        int d = dimensions.size();
        int q = additive ? quarters : quarters - 1;
        List<int[]> lines = new ArrayList<>();
        for (int j = 0; j <= d; j++) {
            for (int k = 0; k <= q; k++) {
                int[] line = new int[m + 1];
                for (int i = 0; i <= m; i++) {
                    line[i] = index(i, j, k);
                }
                lines.add(line);
            }
        }
        for (int i = 0; i <= m; i++) {
            for (int k = 0; k <= q; k++) {
                int[] line = new int[d + 1];
                for (int j = 0; j <= d; j++) {
                    line[j] = index(i, j, k);
                }
                lines.add(line);
            }
        }
        if (additive) {
            for (int i = 0; i <= m; i++) {
                for (int j = 0; j <= d; j++) {
                    int[] line = new int[q + 1];
                    for (int k = 0; k <= q; k++) {
                        line[k] = index(i, j, k);
                    }
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    public Measure measure() {
        return measure;
    }

    public List<String> dimensions() {
        return dimensions;
    }

    /**
     * A total.
     *
     * @param municipality a code, or {@code null} for the region (including what named no municipality)
     * @param quarter      1–4 (for a cube of quarters), or 0 for the whole period
     */
    public Figure total(String municipality, int quarter) {
        return figure(municipality, dimensions.size(), quarter);
    }

    /** The breakdown of a total, in the order of {@link #dimensions()}. */
    public List<Figure> breakdown(String municipality, int quarter) {
        List<Figure> figures = new ArrayList<>();
        for (int j = 0; j < dimensions.size(); j++) {
            figures.add(figure(municipality, j, quarter));
        }
        return figures;
    }

    /** One breakdown value of a total. */
    public Figure part(String municipality, String dimension, int quarter) {
        int j = dimensions.indexOf(dimension);
        return j < 0 ? Figure.of(0, Mark.SHOWN, numbers) : figure(municipality, j, quarter);
    }

    private Figure figure(String municipality, int dimension, int quarter) {
        int i = municipality == null ? municipalities.size() : municipalities.indexOf(municipality);
        if (i < 0) {
            return Figure.of(0, Mark.SHOWN, numbers);
        }
        int k = quarters == 1 ? 0 : quarter == 0 ? (additive ? quarters : quarters - 1) : quarter - 1;
        int at = index(i, dimension, k);
        return Figure.of(values[at], marks[at], numbers);
    }
}
