package frl.ienline.audit.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The "who saw this record" result as CSV (RFC 4180, comma-separated, UTF-8 with a byte order mark so that
 * spreadsheets read the diacritics). Every cell is neutralised against formula injection (R18) before quoting.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of("seq", "occurred_at", "actor_name", "actor_id", "actor_roles",
            "actor_organisation", "action", "object_type", "object_id", "subject_pseudonym", "purpose", "result");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CsvExport() {
    }

    /**
     * A cell a spreadsheet will not evaluate: a value starting with {@code = + - @}, a tab or a carriage
     * return gets a leading apostrophe, so it is shown as text.
     */
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

    /** One cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        String safe = neutralise(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    public static String write(List<AccessLogEntry> entries, ZoneId zone) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, HEADER);
        for (AccessLogEntry e : entries) {
            row(csv, Arrays.asList(Long.toString(e.seq()), TIME.format(e.occurredAt().atZone(zone)),
                    e.actorName(), e.actorId() == null ? null : e.actorId().toString(), e.actorRoles(),
                    e.actorOrganisation(), e.action(), e.objectType(), e.objectId(), e.subjectPseudonym(), e.purpose(),
                    e.result()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }
}
