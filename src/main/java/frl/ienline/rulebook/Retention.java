package frl.ienline.rulebook;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long one category of data is kept.
 *
 * @param startsAt the moment the period starts counting (e.g. "after the case was closed")
 */
public record Retention(RetentionCategory category, Period period, LocalizedText name, LocalizedText startsAt) {

    public Retention {
        Objects.requireNonNull(category, "category");
        Terms.requirePositive(period, "period");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startsAt, "startsAt");
    }

    /** The first day on which data whose period started on {@code start} must be gone. */
    public LocalDate expiresAfter(LocalDate start) {
        return start.plus(period);
    }
}
