package frl.ienline.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the charts, computed here and drawn by the templates as SVG (screens) or as bars of HTML
 * (the PDF): no script, no style attribute, nothing fetched. A hidden figure gets no bar to scale, only a
 * marker with its text ({@code <5}, {@code x}), so the picture never tells what the number does not.
 */
public final class Charts {

    /** A labelled figure to draw. */
    public record Item(String label, Figure figure) {
    }

    /**
     * One bar: position and size in the chart's coordinates, and its width as a percentage of the largest
     * (for the PDF's HTML bars).
     */
    public record Bar(String label, String text, boolean hidden, int x, int y, int width, int height, int labelY,
            int textY, int percent) {
    }

    public record BarChart(String id, String title, String description, List<Bar> bars, int width, int height,
            int baseline, String max) {
    }

    static final int HEIGHT = 220;
    static final int TOP = 24;
    static final int BASELINE = 180;
    static final int LEFT = 40;

    private Charts() {
    }

    /** A vertical bar chart of the items in order. */
    public static BarChart bars(String id, String title, String description, List<Item> items) {
        long max = items.stream().filter(i -> i.figure().shown()).mapToLong(i -> i.figure().value()).max().orElse(0);
        int slot = items.size() <= 6 ? 80 : items.size() <= 12 ? 48 : 30;
        int barWidth = slot * 2 / 3;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Figure f = item.figure();
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int height;
            if (!f.shown()) {
                height = 6; // a marker, not to scale
            } else {
                height = max == 0 ? 0 : (int) Math.round((double) f.value() / max * (BASELINE - TOP));
            }
            int percent = !f.shown() || max == 0 ? 0 : (int) Math.round(100.0 * f.value() / max);
            bars.add(new Bar(item.label(), f.text(), !f.shown(), x, BASELINE - height, barWidth, height,
                    BASELINE + 16, BASELINE - height - 4, percent));
        }
        return new BarChart(id, title, description, bars, LEFT + items.size() * slot + 8, HEIGHT, BASELINE,
                Long.toString(max));
    }
}
