package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.RulebookDiff;
import frl.ienline.rulebook.RulebookDiff.Change;
import frl.ienline.rulebook.RulebookDiff.Kind;
import frl.ienline.rulebook.RulebookVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Compares two versions as data, not as text: objects field by field, lists element by element matched on
 * their code (or category, municipality, offender) so an inserted condition shows as one addition rather
 * than as every later line changing. Values are shown as the rulebook writes them ({@code P8W}, {@code 5000}).
 */
public final class VersionDiffer {

    /** Fields that identify an element of a list, in order of preference. */
    private static final List<String> IDENTITIES = List.of("code", "category", "municipality", "offender");

    /** The sections in the order the rulebook file has them (the stored content is sorted alphabetically). */
    private static final List<String> SECTION_ORDER = Arrays.stream(RulebookVersion.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    private final Locale locale;

    public VersionDiffer(Locale locale) {
        this.locale = locale;
    }

    public RulebookDiff diff(String fromId, JsonNode from, String toId, JsonNode to) {
        List<Change> changes = new ArrayList<>();
        compare("", from, to, changes);
        return new RulebookDiff(fromId, toId, changes);
    }

    private void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.isObject() && after.isObject()) {
            for (String key : keys(path, before, after)) {
                String childPath = path.isEmpty() ? key : path + "." + key;
                JsonNode old = before.get(key);
                JsonNode current = after.get(key);
                if (old == null) {
                    changes.add(new Change(childPath, Kind.ADDED, null, render(current)));
                } else if (current == null) {
                    changes.add(new Change(childPath, Kind.REMOVED, render(old), null));
                } else {
                    compare(childPath, old, current, changes);
                }
            }
        } else if (before.isArray() && after.isArray()) {
            compareLists(path, before, after, changes);
        } else if (!sameValue(before, after)) {
            changes.add(new Change(path, Kind.CHANGED, render(before), render(after)));
        }
    }

    private void compareLists(String path, JsonNode before, JsonNode after, List<Change> changes) {
        Optional<String> identity = identity(before, after);
        if (identity.isEmpty()) {
            if (allScalars(before) && allScalars(after)) {
                if (!before.equals(after)) {
                    changes.add(new Change(path, Kind.CHANGED, render(before), render(after)));
                }
                return;
            }
            for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
                String elementPath = path + "[" + i + "]";
                if (i >= before.size()) {
                    changes.add(new Change(elementPath, Kind.ADDED, null, render(after.get(i))));
                } else if (i >= after.size()) {
                    changes.add(new Change(elementPath, Kind.REMOVED, render(before.get(i)), null));
                } else {
                    compare(elementPath, before.get(i), after.get(i), changes);
                }
            }
            return;
        }
        String field = identity.get();
        Map<String, JsonNode> old = byIdentity(before, field);
        Map<String, JsonNode> current = byIdentity(after, field);
        Set<String> ids = new LinkedHashSet<>(old.keySet());
        ids.addAll(current.keySet());
        for (String id : ids) {
            String elementPath = path + "[" + id + "]";
            if (!old.containsKey(id)) {
                changes.add(new Change(elementPath, Kind.ADDED, null, render(current.get(id))));
            } else if (!current.containsKey(id)) {
                changes.add(new Change(elementPath, Kind.REMOVED, render(old.get(id)), null));
            } else {
                compare(elementPath, old.get(id), current.get(id), changes);
            }
        }
    }

    /** The first identity field that every element of both lists has, with unique values in each list. */
    private static Optional<String> identity(JsonNode before, JsonNode after) {
        for (String field : IDENTITIES) {
            if (identifies(before, field) && identifies(after, field) && (!before.isEmpty() || !after.isEmpty())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static boolean identifies(JsonNode list, String field) {
        Set<String> seen = new HashSet<>();
        for (JsonNode element : list) {
            JsonNode value = element.isObject() ? element.get(field) : null;
            if (value == null || !value.isValueNode() || !seen.add(value.asString())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byIdentity(JsonNode list, String field) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        list.forEach(element -> map.put(element.get(field).asString(), element));
        return map;
    }

    /** Top-level sections in file order; nested fields alphabetically. */
    private static List<String> keys(String path, JsonNode before, JsonNode after) {
        Set<String> all = new TreeSet<>(before.propertyNames());
        all.addAll(after.propertyNames());
        if (!path.isEmpty()) {
            return List.copyOf(all);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < SECTION_ORDER.size(); i++) {
            rank.put(SECTION_ORDER.get(i), i);
        }
        return all.stream().sorted((a, b) -> Integer.compare(rank.getOrDefault(a, Integer.MAX_VALUE),
                rank.getOrDefault(b, Integer.MAX_VALUE))).toList();
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean allScalars(JsonNode list) {
        for (JsonNode element : list) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** A value as a short text: scalars as written, texts in the reader's language, elements by code and name. */
    private String render(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asString();
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(element -> parts.add(render(element)));
            return "[" + String.join(", ", parts) + "]";
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
        if (node.size() == 2 && node.has("nl") && node.has("en")) {
            return node.get(language).asString();
        }
        List<String> parts = new ArrayList<>();
        for (String field : IDENTITIES) {
            if (node.has(field) && node.get(field).isValueNode()) {
                parts.add(node.get(field).asString());
                break;
            }
        }
        for (String field : List.of("name", "text")) {
            if (node.has(field)) {
                parts.add(render(node.get(field)));
                break;
            }
        }
        if (parts.isEmpty() || parts.size() == 1 && node.size() > 1) {
            String fields = new TreeSet<>(node.propertyNames()).stream()
                    .filter(f -> parts.isEmpty() || !IDENTITIES.contains(f))
                    .map(f -> f + ": " + render(node.get(f))).collect(Collectors.joining(", "));
            parts.add(fields);
        }
        return String.join(" — ", parts);
    }
}
