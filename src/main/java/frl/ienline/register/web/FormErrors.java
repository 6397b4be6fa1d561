package frl.ienline.register.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Collects what is wrong with a submitted form, field by field, as message keys: the page shows an error
 * summary linking to each field and the message next to it (NL Design System form pattern).
 */
public final class FormErrors {

    public record FieldError(String field, String messageKey) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Runs {@code parse}; if it throws, records {@code register.error.<field>} for the field and returns null. */
    <T> T attempt(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            add(field);
            return null;
        }
    }

    void add(String field) {
        byField.putIfAbsent(field, "register.error." + field.replaceAll("\\d+$", ""));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return byField.get(field);
    }

    public List<FieldError> all() {
        List<FieldError> list = new ArrayList<>();
        byField.forEach((f, k) -> list.add(new FieldError(f, k)));
        return list;
    }

    public Map<String, String> asMap() {
        return byField;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new java.time.DateTimeException("date required");
        }
        return LocalDate.parse(value.strip());
    }

    static int number(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("number required");
        }
        return Integer.parseInt(value.strip());
    }
}
