package frl.ienline.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Who did something and when: the instant for the history, the date for deadlines (region's time zone). */
public record Stamp(String by, Instant at, LocalDate on) {

    public static final String APPLICANT = "aanvrager";
    public static final String SYSTEM = "systeem";

    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(on, "on");
    }

    public static Stamp of(String by, Clock clock) {
        return new Stamp(by, clock.instant(), LocalDate.now(clock));
    }
}
