package frl.ienline.reporting.internal;

import frl.ienline.reporting.internal.SmallNumbers.Mark;

/**
 * A count as every output shows it: the value is for charts' geometry and comparisons only when
 * {@link #shown()}; otherwise outputs use {@link #text()} ({@code <5} or {@code x}) and draw nothing to scale.
 */
public record Figure(long value, Mark mark, String text) {

    public static Figure of(long value, Mark mark, SmallNumbers numbers) {
        return new Figure(value, mark, numbers.text(value, mark));
    }

    public boolean shown() {
        return mark == Mark.SHOWN;
    }

    /** The value for a chart or a JSON number, or {@code null} when it must not be shown. */
    public Long shownValue() {
        return shown() ? value : null;
    }
}
