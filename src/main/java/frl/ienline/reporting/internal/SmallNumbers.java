package frl.ienline.reporting.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The one component that hides small numbers, for every output (screens, CSV, PDF, API). A count from 1 up to
 * the rulebook's threshold could point at a person or a business: it is shown as {@code <5} (primary
 * suppression). Where such a count is part of a sum that is published too, the sum would give it away, so a
 * second cell of that sum is hidden as well, shown as {@code x} (secondary suppression): in every line of
 * components and their total, never exactly one cell may be hidden. Zero is shown: it identifies nobody.
 */
public final class SmallNumbers {

    /** How a figure may be shown. */
    public enum Mark {
        SHOWN,
        /** a small number: shown as {@code <threshold} */
        SMALL,
        /** not small, hidden so that a small number elsewhere cannot be derived from a total: shown as {@code x} */
        HIDDEN;

        public boolean hidden() {
            return this != SHOWN;
        }
    }

    /** The text a secondarily hidden figure shows. */
    public static final String HIDDEN_TEXT = "x";

    private final int threshold;

    public SmallNumbers(int threshold) {
        if (threshold < 2) {
            throw new IllegalArgumentException("A threshold below 2 hides nothing");
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count on its own must be hidden. */
    public boolean isSmall(long value) {
        return value > 0 && value < threshold;
    }

    public Mark primary(long value) {
        return isSmall(value) ? Mark.SMALL : Mark.SHOWN;
    }

    /** The text of a figure with its mark: the number, {@code <5} or {@code x}. */
    public String text(long value, Mark mark) {
        return switch (mark) {
            case SHOWN -> Long.toString(value);
            case SMALL -> "<" + threshold;
            case HIDDEN -> HIDDEN_TEXT;
        };
    }

    /**
     * Suppresses cells whose sums are published too. {@code lines} lists the sums: each an array of cell
     * indexes whose last element is the total of the others. A cell in several lines (a table with row and
     * column totals, a cube) is protected in all of them: the rule is applied until nothing changes. The
     * second cell hidden in a line is its smallest non-zero shown component; the total only when no such
     * component exists.
     */
    public Mark[] suppress(long[] values, List<int[]> lines) {
        Mark[] marks = new Mark[values.length];
        for (int i = 0; i < values.length; i++) {
            marks[i] = primary(values[i]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int hidden = 0;
                for (int cell : line) {
                    if (marks[cell].hidden()) {
                        hidden++;
                    }
                }
                if (hidden != 1) {
                    continue;
                }
                int candidate = -1;
                for (int c = 0; c < line.length - 1; c++) {
                    int cell = line[c];
                    if (!marks[cell].hidden() && values[cell] > 0
                            && (candidate < 0 || values[cell] < values[candidate])) {
                        candidate = cell;
                    }
                }
                int total = line[line.length - 1];
                if (candidate < 0 && !marks[total].hidden()) {
                    candidate = total;
                }
                if (candidate >= 0) {
                    marks[candidate] = Mark.HIDDEN;
                    changed = true;
                }
            }
        }
        return marks;
    }

    /** A list of components and their total (appended last): the marks of all of them, total last. */
    public Mark[] line(long... components) {
        long[] values = Arrays.copyOf(components, components.length + 1);
        values[components.length] = Arrays.stream(components).sum();
        int[] line = new int[values.length];
        Arrays.setAll(line, i -> i);
        return suppress(values, List.<int[]>of(line));
    }

    /**
     * Whether a share {@code part / whole} may be shown: both counts shown, and the rest ({@code whole - part})
     * not a small number either, else the share gives a hidden count back.
     */
    public boolean shareShown(long part, Mark partMark, long whole, Mark wholeMark) {
        return whole > 0 && !partMark.hidden() && !wholeMark.hidden() && !isSmall(whole - part);
    }
}
