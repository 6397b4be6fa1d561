package frl.ienline.reporting.internal;

import frl.ienline.reporting.internal.Uniformity.Cell;
import frl.ienline.reporting.internal.Uniformity.KeyFigure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of the uniformity monitor: one sentence per flag ("Harlingen: 3 van 7 handhavingsstappen weken af
 * van de ladder (43 %); mediaan van de gemeenten 5 %."), with counts as suppressed as everywhere, and the
 * thresholds as the rulebook states them.
 */
public final class MonitorTexts {

    private MonitorTexts() {
    }

    public static List<String> sentences(Uniformity.Monitor monitor, Labels labels, Locale locale) {
        List<String> sentences = new ArrayList<>();
        for (Uniformity.Flag flag : monitor.flags()) {
            Cell cell = flag.cell();
            String median = format(flag.figure(), flag.median());
            String value = cell.text() == null || "·".equals(cell.text())
                    ? labels.text("reporting.monitor.notShownShare", locale) : cell.text();
            sentences.add(labels.text("reporting.flag." + flag.figure().name(), locale,
                    flag.municipality().name(), cell.part() == null ? value : cell.part().text(),
                    cell.whole() == null ? "" : cell.whole().text(), value, median));
        }
        return sentences;
    }

    public static Map<KeyFigure, String> thresholds(Uniformity.Monitor monitor, Labels labels, Locale locale) {
        Map<KeyFigure, String> texts = new EnumMap<>(KeyFigure.class);
        for (KeyFigure figure : KeyFigure.values()) {
            double limit = Uniformity.limit(figure, monitor.rules().uniformity());
            String amount = switch (figure) {
                case REFUSAL_SHARE, DEVIATION_SHARE -> Long.toString(Math.round(limit * 100));
                case DECISION_TIME, LEAD_TO_CONTROL -> Long.toString(Math.round(limit));
                default -> decimal(limit, 2);
            };
            texts.put(figure, labels.text("reporting.threshold." + figure.name(), locale, amount));
        }
        return texts;
    }

    /** The medians row: a value of a key figure as the monitor writes it. */
    public static String format(KeyFigure figure, Double value) {
        if (value == null) {
            return "–";
        }
        return switch (figure) {
            case REFUSAL_SHARE, DEVIATION_SHARE -> Math.round(value * 100) + " %";
            case DECISION_TIME, LEAD_TO_CONTROL -> value % 1 == 0 ? Long.toString(Math.round(value)) : decimal(value, 1);
            case LADDER_RUNG -> decimal(value, 1);
            case CONTROLS_PER_LEAD -> decimal(value, 2);
        };
    }

    private static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value).replace('.', ',');
    }
}
