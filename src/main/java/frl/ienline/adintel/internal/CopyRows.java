package frl.ienline.adintel.internal;

import java.time.Instant;
import java.util.Collection;

/**
 * Rows in PostgreSQL's COPY CSV format: {@code null} is an empty unquoted field, every other value is
 * quoted (so an empty string stays an empty string), arrays are written as array literals.
 */
final class CopyRows {

    private final StringBuilder out = new StringBuilder(1 << 16);
    private boolean firstField = true;
    private int rows;

    CopyRows value(Object value) {
        if (!firstField) {
            out.append(',');
        }
        firstField = false;
        if (value == null) {
            return this;
        }
        String text = value instanceof Instant instant ? instant.toString() : value.toString();
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append("\"\"");
            } else if (c == 0) {
                out.append('\uFFFD'); // PostgreSQL text cannot hold NUL
            } else {
                out.append(c);
            }
        }
        out.append('"');
        return this;
    }

    CopyRows array(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        boolean first = true;
        for (String v : values) {
            if (!first) {
                literal.append(',');
            }
            first = false;
            literal.append('"');
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return value(literal.append('}').toString());
    }

    CopyRows end() {
        out.append('\n');
        firstField = true;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    String text() {
        return out.toString();
    }

    void clear() {
        out.setLength(0);
        rows = 0;
        firstField = true;
    }
}
