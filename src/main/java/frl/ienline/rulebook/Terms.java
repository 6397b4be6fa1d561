package frl.ienline.rulebook;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;

/**
 * Helpers for the terms (periods) of the rulebook. {@link Period} normalises {@code P8W} to {@code P56D};
 * {@link #iso(Period)} writes it back as weeks so people see the term the rulebook was written in.
 */
public final class Terms {

    private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 1);

    /** Orders periods by their length counted from a fixed reference date (months and years vary). */
    public static final Comparator<Period> BY_LENGTH = Comparator.comparing(p -> REFERENCE.plus(p));

    private Terms() {
    }

    public static boolean isPositive(Period period) {
        return period != null && !period.isNegative() && !period.isZero();
    }

    public static Period requirePositive(Period period, String what) {
        if (!isPositive(period)) {
            throw new IllegalArgumentException(what + " must be a positive period like P8W, not " + period);
        }
        return period;
    }

    /** ISO 8601 text, using weeks when a period is a whole number of weeks: {@code P56D} becomes {@code P8W}. */
    public static String iso(Period period) {
        if (period == null) {
            return null;
        }
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() != 0 && period.getDays() % 7 == 0) {
            return "P" + (period.getDays() / 7) + "W";
        }
        return period.toString();
    }
}
