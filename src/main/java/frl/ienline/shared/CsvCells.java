package frl.ienline.shared;

/**
 * Cells of a CSV export (RFC 4180, comma-separated) that a spreadsheet will not evaluate (R18): a value
 * starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, then the cell is quoted
 * when it holds a comma, a quote or a line break. Every CSV export uses these.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** One cell: neutralised, then quoted when needed. */
    public static String cell(String value) {
        String safe = neutralise(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** One line of cells, ending in CRLF. */
    public static void row(StringBuilder csv, java.util.List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
