package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.LocalizedText;
import frl.ienline.rulebook.Terms;
import frl.ienline.rulebook.internal.VersionChecks.Problem;
import frl.ienline.shared.MunicipalityCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A cursor on one object of a parsed rulebook tree. Reads typed fields, remembers which fields it read so
 * it can reject the unknown ones, and records every problem with its field path instead of stopping at the
 * first, so an author sees all mistakes of a file at once.
 */
final class Node {

    private final JsonNode json;
    private final String path;
    private final List<Problem> problems;
    private final int problemsAtStart;
    private final Set<String> read = new LinkedHashSet<>();

    private Node(JsonNode json, String path, List<Problem> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        this.problemsAtStart = problems.size();
    }

    /** The root object, or {@code null} (with a problem) when the document is not an object. */
    static Node root(JsonNode json, List<Problem> problems) {
        if (json == null || !json.isObject()) {
            problems.add(new Problem("(document)", "must be a mapping of fields such as id, effectiveFrom, ..."));
            return null;
        }
        return new Node(json, "", problems);
    }

    String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    private String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String field, String what) {
        problems.add(new Problem(field == null ? path() : at(field), what));
    }

    private JsonNode value(String field, boolean required, String expected) {
        read.add(field);
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "is required (" + expected + ")");
            }
            return null;
        }
        return value;
    }

    String text(String field) {
        return text(field, true);
    }

    String text(String field, boolean required) {
        JsonNode value = value(field, required, "text");
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            problem(field, "must be text (in quotes when it looks like a number)");
            return null;
        }
        return value.stringValue().strip();
    }

    List<String> texts(String field) {
        JsonNode value = value(field, false, "a list of texts");
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "must be a list of texts, like [Ljouwert]");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString() || value.get(i).stringValue().isBlank()) {
                problem(field + "[" + i + "]", "must be text");
            } else {
                texts.add(value.get(i).stringValue().strip());
            }
        }
        return texts;
    }

    Period period(String field, boolean required) {
        JsonNode value = value(field, required, "a positive period like P8W");
        if (value == null) {
            return null;
        }
        try {
            Period period = Period.parse(value.isString() ? value.stringValue().strip() : value.asString());
            if (Terms.isPositive(period)) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem(field, "must be a positive period like P8W (P = period, then a number and D, W, M or Y), not "
                + value.asString());
        return null;
    }

    LocalDate date(String field, boolean required) {
        JsonNode value = value(field, required, "a date like 2026-01-01");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.asString().strip());
        } catch (DateTimeParseException e) {
            problem(field, "must be a date like 2026-01-01, not " + value.asString());
            return null;
        }
    }

    Integer integer(String field, boolean required, int min, int max) {
        JsonNode value = value(field, required, "a whole number");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min
                || value.intValue() > max) {
            problem(field, "must be a whole number from " + min + " to " + max + ", not " + value.asString());
            return null;
        }
        return value.intValue();
    }

    boolean bool(String field) {
        JsonNode value = value(field, true, "true or false");
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(field, "must be true or false, not " + value.asString());
            return false;
        }
        return value.booleanValue();
    }

    BigDecimal amount(String field, boolean required) {
        JsonNode value = value(field, required, "an amount in euros like 500 or 1250.50");
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString().strip());
            if (amount.signum() > 0 && amount.scale() <= 2) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(field, "must be a positive amount in euros with at most two decimals, not " + value.asString());
        return null;
    }

    /** A required decimal number above 0 and at most {@code max}, e.g. {@code 0.20} for a share. */
    BigDecimal fraction(String field, BigDecimal max) {
        JsonNode value = value(field, true, "a number above 0 like 0.25");
        if (value == null) {
            return null;
        }
        if (value.isNumber() && value.decimalValue().signum() > 0 && value.decimalValue().compareTo(max) <= 0) {
            return value.decimalValue();
        }
        problem(field, "must be a number above 0 and at most " + max.toPlainString() + ", not " + value.asString());
        return null;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        JsonNode value = value(field, required, "one of " + names(type));
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asString().strip());
        } catch (IllegalArgumentException e) {
            problem(field, "must be one of " + names(type) + ", not " + value.asString());
            return null;
        }
    }

    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        JsonNode value = value(field, true, "a list of " + names(type));
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(field, "must be a list with one or more of " + names(type));
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        boolean valid = true;
        for (int i = 0; i < value.size(); i++) {
            try {
                values.add(Enum.valueOf(type, value.get(i).asString().strip()));
            } catch (IllegalArgumentException e) {
                problem(field + "[" + i + "]", "must be one of " + names(type) + ", not " + value.get(i).asString());
                valid = false;
            }
        }
        return valid ? values : null;
    }

    MunicipalityCode municipality(String field) {
        String code = text(field);
        if (code == null) {
            return null;
        }
        try {
            return MunicipalityCode.of(code);
        } catch (IllegalArgumentException e) {
            problem(field, "must be a CBS code like GM0080, not " + code);
            return null;
        }
    }

    LocalizedText localized(String field, boolean required) {
        Node node = object(field, required);
        if (node == null) {
            return null;
        }
        String nl = node.text("nl");
        String en = node.text("en");
        return node.build(() -> new LocalizedText(nl, en));
    }

    Node object(String field, boolean required) {
        JsonNode value = value(field, required, "a group of fields");
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problem(field, "must be a group of fields (a mapping), not " + value.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        return new Node(value, at(field), problems);
    }

    /**
     * Reads a list of objects. The result keeps a {@code null} where an element could not be read, so later
     * checks can still name elements by their position.
     */
    <T> List<T> list(String field, boolean required, Function<Node, T> reader) {
        JsonNode value = value(field, required, "a list");
        if (value == null) {
            return required ? null : List.of();
        }
        if (!value.isArray()) {
            problem(field, "must be a list (lines starting with -)");
            return null;
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = at(field) + "[" + i + "]";
            if (!element.isObject()) {
                problems.add(new Problem(elementPath, "must be a group of fields (a mapping)"));
                items.add(null);
            } else {
                items.add(reader.apply(new Node(element, elementPath, problems)));
            }
        }
        return items;
    }

    /**
     * Rejects unknown fields, then builds the value unless a problem was found in this object; a value
     * that refuses itself (IllegalArgumentException) becomes a problem at this object's path.
     */
    <T> T build(Supplier<T> constructor) {
        for (String field : json.propertyNames()) {
            if (!read.contains(field)) {
                problem(field, "unknown field (expected one of: " + String.join(", ", read) + ")");
            }
        }
        if (problems.size() > problemsAtStart) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new Problem(path(), String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
