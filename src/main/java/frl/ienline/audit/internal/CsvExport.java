package frl.ienline.audit.internal;

import frl.ienline.shared.CsvCells;
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
        return CsvCells.neutralise(value);
    }

    /** One cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        return CsvCells.cell(value);
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
        CsvCells.row(csv, cells);
    }
}
