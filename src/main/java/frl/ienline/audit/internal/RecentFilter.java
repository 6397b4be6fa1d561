package frl.ienline.audit.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.InputRejected.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Filters on the recent entries; every part optional. {@code actor} is a user name or a user id; the dates
 * are whole days in the application's time zone, both inclusive.
 */
public record RecentFilter(String actor, Action action, Result result, LocalDate from, LocalDate to) {

    public RecentFilter {
        actor = RecordQuery.blankToNull(actor);
        if (actor != null && actor.length() > RecordQuery.MAX_LENGTH) {
            throw InputRejected.of("actor", "audit.error.tooLong");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw InputRejected.of("to", "audit.error.dateOrder");
        }
    }

    public static RecentFilter none() {
        return new RecentFilter(null, null, null, null, null);
    }

    /** Reads the form's text values, collecting every problem. */
    public static RecentFilter parse(String actor, String action, String result, String from, String to) {
        List<Problem> problems = new ArrayList<>();
        Action parsedAction = parseEnum(Action.class, action, "action", problems);
        Result parsedResult = parseEnum(Result.class, result, "result", problems);
        LocalDate parsedFrom = parseDate(from, "from", problems);
        LocalDate parsedTo = parseDate(to, "to", problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new RecentFilter(actor, parsedAction, parsedResult, parsedFrom, parsedTo);
    }

    public boolean isEmpty() {
        return actor == null && action == null && result == null && from == null && to == null;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, List<Problem> problems) {
        String value = RecordQuery.blankToNull(raw);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElseGet(() -> {
            problems.add(new Problem(field, "audit.error.choice"));
            return null;
        });
    }

    private static LocalDate parseDate(String raw, String field, List<Problem> problems) {
        String value = RecordQuery.blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "audit.error.date"));
            return null;
        }
    }
}
