package frl.ienline.supervision.web;

import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.MunicipalityCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Helpers the templates call as {@code ${fmt.when(i)}}, {@code ${fmt.day(d)}} and {@code ${fmt.name(code)}}. */
@Component("supervisionFormats")
public class Formats {

    private final Clock clock;
    private final Rulebook rulebook;

    Formats(Clock clock, Rulebook rulebook) {
        this.clock = clock;
        this.rulebook = rulebook;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale())
                .format(instant.atZone(clock.getZone()));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(date);
    }

    public String name(MunicipalityCode code) {
        return code == null ? "" : rulebook.active().municipality(code).map(Municipality::name).orElse(code.value());
    }

    public boolean overdue(LocalDate deadline) {
        return deadline != null && deadline.isBefore(LocalDate.now(clock));
    }

    /** Code to name of every municipality of the region, in the rulebook's order. */
    public Map<String, String> municipalities() {
        Map<String, String> names = new LinkedHashMap<>();
        rulebook.active().municipalities().forEach(m -> names.put(m.code().value(), m.name()));
        return names;
    }

    public String dismissalReason(String code) {
        return rulebook.active().dismissalReason(code).map(r -> r.name().in(locale())).orElse(code);
    }

    /** The codes of every step of today's ladder, in order. */
    public java.util.List<String> steps() {
        return rulebook.active().enforcement().steps().stream().map(s -> s.code()).toList();
    }

    /** The rulebook's name of a deviation reason code (older steps carry a free-text reason instead). */
    public String deviationReason(String code) {
        return code == null ? "" : rulebook.active().enforcement().deviationReason(code).map(r -> r.name().in(locale()))
                .orElse(code);
    }

    /** What a step's deviation says: the reason's name, and the note if there is one. */
    public String deviation(frl.ienline.supervision.internal.Rows.EnforcementAction action) {
        String reason = deviationReason(action.deviationReasonCode());
        String note = action.deviationReason() == null ? "" : action.deviationReason();
        return reason.isEmpty() ? note : note.isEmpty() ? reason : reason + " — " + note;
    }

    public String step(String code) {
        return rulebook.active().enforcement().step(code).map(s -> s.name().in(locale())).orElse(code);
    }
}
