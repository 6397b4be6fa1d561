package frl.ienline.adintel.engine.cluster;

import java.util.List;
import java.util.Objects;

/**
 * The template of a text cluster: the text its members have in common, with the places where they
 * differ ("slots": names, ages, towns, numbers …) and what each member puts there.
 *
 * @param representative the index (in the texts given) of the member the template is aligned to
 * @param members how many member texts were aligned
 */
public record Template(List<Part> parts, int representative, int members) {

    public Template {
        parts = List.copyOf(parts);
    }

    /** A piece of the template. */
    public sealed interface Part {
    }

    /** Text common to (most) members. */
    public record Common(String text) implements Part {
        public Common {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A varying place; {@code values.get(m)} is what member {@code m} has there ("" when nothing).
     */
    public record Slot(int index, List<String> values) implements Part {
        public Slot {
            values = List.copyOf(values);
        }

        /** The distinct values, in order of first appearance. */
        public List<String> distinctValues() {
            return values.stream().distinct().toList();
        }
    }

    /** The template as one line, with slots shown as {@code [1]}, {@code [2]} …. */
    public String outline() {
        StringBuilder b = new StringBuilder();
        for (Part part : parts) {
            String piece = part instanceof Common c ? c.text() : "[" + ((Slot) part).index() + "]";
            if (b.length() > 0 && Character.isLetterOrDigit(piece.codePointAt(0)) || b.length() > 0 && piece.startsWith("[")) {
                b.append(' ');
            }
            b.append(piece);
        }
        return b.toString();
    }

    public List<Slot> slots() {
        return parts.stream().filter(Slot.class::isInstance).map(Slot.class::cast).toList();
    }
}
