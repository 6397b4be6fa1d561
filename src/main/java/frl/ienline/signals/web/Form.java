package frl.ienline.signals.web;

import frl.ienline.shared.InputRejected.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form as the user typed it (to show it again) plus the problems found while reading it. Problem
 * texts are message keys ({@code signals.error.*}) or, from the domain's own guards, plain text.
 */
final class Form {

    private final MultiValueMap<String, String> values;
    private final List<Problem> problems = new ArrayList<>();

    Form(MultiValueMap<String, String> values) {
        this.values = values;
    }

    String text(String name) {
        String value = values.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    List<String> all(String name) {
        return Optional.ofNullable(values.get(name)).orElse(List.of());
    }

    /** Comma-, space- or newline-separated values of one field. */
    List<String> split(String name) {
        String value = text(name);
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    <T> T parse(String name, Function<String, T> parser, String errorKey) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            problem(name, errorKey);
            return null;
        }
    }

    <T> T require(String name, Function<String, T> parser, String missingKey, String invalidKey) {
        if (text(name) == null) {
            problem(name, missingKey);
            return null;
        }
        return parse(name, parser, invalidKey);
    }

    void problem(String where, String what) {
        problems.add(new Problem(where, what));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }

    /** The typed values for the template: {@code form.get('x')} and {@code form.has('indicator', 'CODE')}. */
    Values values() {
        return new Values(values);
    }

    record Values(Map<String, List<String>> raw) {

        public String get(String name) {
            List<String> list = raw.get(name);
            return list == null || list.isEmpty() ? "" : list.getFirst();
        }

        public boolean has(String name, String value) {
            List<String> list = raw.get(name);
            return list != null && list.contains(value);
        }
    }
}
