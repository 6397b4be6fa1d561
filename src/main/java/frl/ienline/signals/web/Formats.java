package frl.ienline.signals.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates and times as the pages show them, in the region's time zone: {@code ${fmt.when(x)}}. */
@Component("signalsFormats")
public class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Clock clock;

    Formats(Clock clock) {
        this.clock = clock;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String today() {
        return LocalDate.now(clock).toString();
    }
}
