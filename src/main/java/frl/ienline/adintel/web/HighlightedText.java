package frl.ienline.adintel.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An ad's text cut into segments at every start and end of a highlighted span, so a template can render
 * each segment with {@code th:text} (inside a {@code <mark>} when it is highlighted) and never needs
 * {@code th:utext}. Overlapping spans are allowed: a segment carries every kind that covers it.
 */
public record HighlightedText(List<Segment> segments) {

    public HighlightedText {
        segments = List.copyOf(segments);
    }

    /** Something to highlight: {@code [start, end)} in the text, a kind (CSS suffix) and a label for its title. */
    public record Highlight(int start, int end, String kind, String label) {
        public Highlight {
            Objects.requireNonNull(kind, "kind");
            if (!kind.matches("[a-z][a-z-]*")) {
                throw new IllegalArgumentException("A highlight kind is lowercase letters and dashes: " + kind);
            }
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Invalid highlight [" + start + ", " + end + ")");
            }
            label = label == null ? "" : label;
        }
    }

    /** A piece of the text; {@code kinds} is empty for plain text. */
    public record Segment(String text, List<String> kinds, List<String> labels) {
        public Segment {
            Objects.requireNonNull(text, "text");
            kinds = List.copyOf(kinds);
            labels = List.copyOf(labels);
        }

        public boolean marked() {
            return !kinds.isEmpty();
        }

        /** The CSS classes of the {@code <mark>}: {@code hl hl--phone hl--indicator}. */
        public String cssClass() {
            StringBuilder b = new StringBuilder("hl");
            kinds.forEach(k -> b.append(" hl--").append(k));
            return b.toString();
        }

        /** The labels of the highlights covering it, for the title attribute. */
        public String title() {
            return String.join("; ", labels);
        }
    }

    /**
     * Cuts {@code text} at the highlights. Highlights reaching past the end of the text are clipped; empty ones
     * are ignored. The concatenated segments always equal the text.
     */
    public static HighlightedText of(String text, List<Highlight> highlights) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        List<Highlight> usable = new ArrayList<>();
        for (Highlight h : highlights) {
            int start = Math.min(h.start(), length);
            int end = Math.min(h.end(), length);
            if (end > start) {
                usable.add(new Highlight(start, end, h.kind(), h.label()));
                cuts.add(start);
                cuts.add(end);
            }
        }
        List<Segment> segments = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                segments.add(segment(text, from, cut, usable));
            }
            from = cut;
        }
        return new HighlightedText(merge(segments));
    }

    private static Segment segment(String text, int from, int to, List<Highlight> highlights) {
        List<String> kinds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.start() <= from && h.end() >= to) {
                if (!kinds.contains(h.kind())) {
                    kinds.add(h.kind());
                }
                if (!h.label().isEmpty() && !labels.contains(h.label())) {
                    labels.add(h.label());
                }
            }
        }
        return new Segment(text.substring(from, to), kinds, labels);
    }

    /** Neighbouring plain segments become one (fewer elements on the page). */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : segments) {
            if (!merged.isEmpty() && !s.marked() && !merged.getLast().marked()) {
                merged.set(merged.size() - 1, new Segment(merged.getLast().text() + s.text(), List.of(), List.of()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    /** The text again, for checks. */
    public String text() {
        StringBuilder b = new StringBuilder();
        segments.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
