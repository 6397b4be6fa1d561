package frl.ienline.reporting.internal;

import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Participation;
import frl.ienline.rulebook.ReportingRules;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The region as reporting needs it from the rulebook: the 18 municipalities by name, who was in the supervision
 * team during a period, the reporting rules (threshold, uniformity) and the enforcement ladder's rungs.
 */
@Component
public class Region {

    private final Rulebook rulebook;
    private final Clock clock;
    private final List<Municipality> municipalities;

    Region(Rulebook rulebook, Clock clock) {
        this.rulebook = rulebook;
        this.clock = clock;
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        this.municipalities = rulebook.versions().getLast().municipalities().stream()
                .sorted(Comparator.comparing(Municipality::name, dutch)).toList();
    }

    /** The municipalities of the newest version, by name as Dutch sorts them. */
    public List<Municipality> municipalities() {
        return municipalities;
    }

    public List<String> codes() {
        return municipalities().stream().map(m -> m.code().value()).toList();
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities().stream().filter(m -> m.code().value().equals(code)).findFirst();
    }

    /** A municipality from a request parameter: a known CBS code, else 400 naming the parameter. */
    public Municipality requireMunicipality(String raw, String parameter) {
        try {
            String code = MunicipalityCode.of(raw).value();
            return municipality(code).orElseThrow(() -> InputRejected.of(parameter, "not a municipality of Fryslân"));
        } catch (IllegalArgumentException e) {
            throw InputRejected.of(parameter, "must be a CBS code like GM0080");
        }
    }

    public String name(String code) {
        return code.isEmpty() ? "" : municipality(code).map(Municipality::name).orElse(code);
    }

    /** The rules of reporting in effect today. */
    public ReportingRules rules() {
        return rulebook.active().reporting();
    }

    public String activeVersionId() {
        return rulebook.active().id();
    }

    public SmallNumbers numbers() {
        return new SmallNumbers(rules().smallNumberThreshold());
    }

    /** Whether the municipality took part in the supervision team on any day of the period (so far). */
    public boolean inTeam(String code, ReportPeriod period) {
        LocalDate last = lastDay(period);
        return versionOn(last).supervisionTeam().participations().stream()
                .filter(p -> p.municipality().value().equals(code))
                .anyMatch(p -> overlaps(p, period.start(), last));
    }

    /** The rung of an enforcement step on the ladder (1 = warning …), 0 when the step is unknown. */
    public int rung(String stepCode) {
        return rulebook.active().enforcement().step(stepCode).map(s -> s.order()).orElse(0);
    }

    public String stepName(String stepCode, Locale locale) {
        return rulebook.active().enforcement().step(stepCode).map(s -> s.name().in(locale)).orElse(stepCode);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The last day of the period that has begun: today while it runs. */
    public LocalDate lastDay(ReportPeriod period) {
        LocalDate end = period.end().minusDays(1);
        return end.isAfter(today()) ? today() : end;
    }

    /** The version in effect on a day; before the first version, the first one (the team's history). */
    private RulebookVersion versionOn(LocalDate day) {
        List<RulebookVersion> versions = rulebook.versions();
        RulebookVersion chosen = versions.getFirst();
        for (RulebookVersion v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                chosen = v;
            }
        }
        return chosen;
    }

    private static boolean overlaps(Participation p, LocalDate from, LocalDate until) {
        return !p.validFrom().isAfter(until) && (p.validUntil() == null || !p.validUntil().isBefore(from));
    }
}
