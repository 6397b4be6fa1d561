package frl.ienline.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The key figures of a dashboard and a council report: the same list on the screen and on paper. The team's
 * figures are marked, and left out for a municipality outside the team.
 */
@Component
public class KeyFigures {

    /** A key figure: label, text, and whether it is the supervision team's. */
    public record Item(String label, String text, boolean teams) {
    }

    static final List<Measure> MEASURES = List.of(Measure.APPLICATIONS_RECEIVED, Measure.APPLICATIONS_DECIDED,
            Measure.LICENCES_IN_FORCE, Measure.ADS_NEW, Measure.NETWORK_MOVES, Measure.LEADS_RAISED, Measure.CONTROLS,
            Measure.ENFORCEMENT_STEPS, Measure.LADDER_DEVIATIONS, Measure.DISPLACEMENT_ALERTS,
            Measure.SIGNALS_REGISTERED, Measure.SIGNALS_REFERRED);

    private final Labels labels;
    private final Region region;

    KeyFigures(Labels labels, Region region) {
        this.labels = labels;
        this.region = region;
    }

    /** The key figures of a municipality ({@code null}: the region). */
    public List<Item> of(PeriodFigures figures, String municipality, Locale locale) {
        boolean inTeam = municipality == null || region.inTeam(municipality, figures.period());
        List<Item> result = new ArrayList<>();
        for (Measure measure : MEASURES) {
            if (measure.isTeams() && !inTeam) {
                continue;
            }
            result.add(new Item(capital(labels.measure(measure, locale)), figures.figure(measure, municipality).text(),
                    measure.isTeams()));
            if (measure == Measure.APPLICATIONS_DECIDED) {
                result.add(new Item(labels.text("reporting.figure.DECISION_TIME", locale),
                        figures.median(Measure.DECISION_DAYS, municipality), false));
            }
        }
        return result;
    }

    public static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
