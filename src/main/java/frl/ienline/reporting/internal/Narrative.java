package frl.ienline.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The short commentary of a council report, written from the bundle's sentence patterns (Dutch in the report):
 * "Het aantal aanvragen steeg van 12 in 2025 naar 17 in 2026." It compares with the same period a year earlier
 * and says "rose" or "fell" only when both figures are shown; with a hidden figure it states the texts as
 * they are ({@code <5}), so the words never reveal a number the tables hide.
 */
@Component
public class Narrative {

    static final List<Measure> TRENDS = List.of(Measure.APPLICATIONS_RECEIVED, Measure.LICENCES_GRANTED,
            Measure.ADS_NEW, Measure.SIGNALS_REGISTERED);

    private final Labels labels;
    private final Region region;

    Narrative(Labels labels, Region region) {
        this.labels = labels;
        this.region = region;
    }

    /**
     * @param municipality a code, or {@code null} for the region
     */
    public List<String> sentences(PeriodFigures now, PeriodFigures before, String municipality,
            Uniformity.Monitor monitor, Locale locale) {
        List<String> sentences = new ArrayList<>();
        String thisPeriod = labels.period(now.period(), locale);
        String lastPeriod = labels.period(before.period(), locale);
        for (Measure measure : TRENDS) {
            sentences.add(trend(measure, before.figure(measure, municipality), now.figure(measure, municipality),
                    lastPeriod, thisPeriod, locale));
        }
        Figure decided = now.figure(Measure.APPLICATIONS_DECIDED, municipality);
        if (decided.value() > 0) {
            DayHistogram days = now.days(Measure.DECISION_DAYS, municipality);
            sentences.add(days.count() >= now.numbers().threshold() && decided.shown()
                    ? labels.text("reporting.narrative.decisions", locale, decided.text(),
                            now.median(Measure.DECISION_DAYS, municipality),
                            now.figure(Measure.DECISIONS_LATE, municipality).text())
                    : labels.text("reporting.narrative.decisionsSmall", locale, decided.text()));
        }
        sentences.add(labels.text("reporting.narrative.licences", locale,
                now.figure(Measure.LICENCES_IN_FORCE, municipality).text()));
        if (municipality != null && !region.inTeam(municipality, now.period())) {
            sentences.add(labels.text("reporting.narrative.notTeam", locale, region.name(municipality)));
        } else {
            sentences.add(labels.text("reporting.narrative.team", locale,
                    now.figure(Measure.CONTROLS, municipality).text(),
                    now.figure(Measure.ENFORCEMENT_STEPS, municipality).text(),
                    now.figure(Measure.LADDER_DEVIATIONS, municipality).text()));
        }
        List<Uniformity.Flag> flags = monitor.flags();
        if (flags.isEmpty()) {
            sentences.add(labels.text("reporting.narrative.noFlags", locale));
        } else if (municipality == null) {
            sentences.add(labels.text("reporting.narrative.flagsRegion", locale, flags.size()));
        } else {
            long own = flags.stream().filter(f -> f.municipality().code().value().equals(municipality)).count();
            sentences.add(labels.text("reporting.narrative.flags", locale, flags.size(), own, region.name(municipality)));
        }
        return sentences;
    }

    private String trend(Measure measure, Figure before, Figure now, String lastPeriod, String thisPeriod,
            Locale locale) {
        String name = labels.measure(measure, locale);
        String key;
        if (!before.shown() || !now.shown()) {
            key = "reporting.narrative.plain";
        } else if (now.value() > before.value()) {
            key = "reporting.narrative.rose";
        } else if (now.value() < before.value()) {
            key = "reporting.narrative.fell";
        } else {
            key = "reporting.narrative.same";
        }
        return labels.text(key, locale, name, before.text(), now.text(), lastPeriod, thisPeriod);
    }
}
