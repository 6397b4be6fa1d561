package frl.ienline.register.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period in which the decision term does not run, in calendar days: from the day of the request until
 * the day it ends, never longer than {@code capDays} (the repair term, or the Bibob advice term). After
 * the cap the term runs again even if nothing came in (Awb 4:15, Wet Bibob art. 15).
 */
public record Suspension(Kind kind, LocalDate startedOn, LocalDate endedOn, int capDays) {

    public enum Kind { REPAIR, BIBOB }

    public Suspension {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedOn, "startedOn");
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("A suspension cannot end before it starts");
        }
        if (capDays <= 0) {
            throw new IllegalArgumentException("A suspension needs a positive cap");
        }
    }

    /** Suspended days counted until {@code today} (or until the end, if it ended). */
    public long days(LocalDate today) {
        LocalDate end = endedOn != null ? endedOn : today;
        return Math.min(Math.max(0, ChronoUnit.DAYS.between(startedOn, end)), capDays);
    }

    /** Whether the decision term is standing still on {@code today}. */
    public boolean isRunning(LocalDate today) {
        return endedOn == null && ChronoUnit.DAYS.between(startedOn, today) < capDays;
    }

    public LocalDate capReachedOn() {
        return startedOn.plusDays(capDays);
    }

    Suspension endOn(LocalDate day) {
        return new Suspension(kind, startedOn, day.isBefore(startedOn) ? startedOn : day, capDays);
    }

    Suspension withCap(int newCap) {
        return new Suspension(kind, startedOn, endedOn, newCap);
    }
}
