package frl.ienline.register.internal;

import java.time.LocalDate;

/**
 * When the decision is due: the receipt date plus the decision term, the one extension if used, and every
 * suspended day. While a suspension runs the date is provisional (it moves a day per day).
 *
 * @param suspendedDays days added back so far
 * @param suspended     a suspension is running today
 * @param overdue       undecided, not suspended and past the due date; being late never grants anything
 */
public record DecisionDeadline(LocalDate due, long suspendedDays, boolean extended, boolean suspended,
        boolean overdue) {
}
