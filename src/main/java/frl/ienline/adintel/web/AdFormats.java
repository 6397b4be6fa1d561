package frl.ienline.adintel.web;

import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates and municipality names as the ad pages show them, in the region's time zone: {@code ${fmt.when(x)}}. */
@Component("adintelFormats")
public class AdFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Clock clock;
    private final Rulebook rulebook;

    AdFormats(Clock clock, Rulebook rulebook) {
        this.clock = clock;
        this.rulebook = rulebook;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(clock.getZone()));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(clock.getZone()));
    }

    /** For {@code <time datetime>}. */
    public String isoDay(Instant instant) {
        return instant == null ? "" : ISO_DAY.format(instant.atZone(clock.getZone()));
    }

    /**
     * The municipality's name in the rulebook in force, its code when the rulebook does not know it, or null for
     * none (the page says "outside Fryslân").
     */
    public String municipality(MunicipalityCode code) {
        return code == null ? null : rulebook.active().municipality(code).map(Municipality::name).orElse(code.value());
    }

    /** The first 12 characters of a hash, for tables; the full hash sits in the title. */
    public String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    /** An ad title cut to a list's width. */
    public String shortTitle(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }
}
