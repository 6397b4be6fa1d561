package frl.ienline.rulebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rulebook field path in words for the comparison table: {@code supervisionTeam.participations[GM0098]}
 * becomes "toezichtteam › deelnames › Smallingerland". Field names come from the bundle
 * ({@code rulebook.field.<name>}); a list element named by a code (municipality, licence kind, reason,
 * legal basis, ladder step) shows its name; an unknown code stays as it is.
 */
final class FieldPaths {

    private static final Pattern PART = Pattern.compile("([A-Za-z0-9_]+)|\\[([^\\]]*)\\]");
    static final String SEPARATOR = " › ";

    private FieldPaths() {
    }

    /**
     * @param fieldName    the label of a field name, or {@code null} when the bundle has none
     * @param municipality names of coded list elements by code
     */
    static String human(String path, Function<String, String> fieldName, Map<String, String> municipality) {
        List<String> words = new ArrayList<>();
        Matcher matcher = PART.matcher(path);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                String label = fieldName.apply(matcher.group(1));
                words.add(label != null ? label : spaced(matcher.group(1)));
            } else {
                String code = matcher.group(2);
                words.add(municipality.getOrDefault(code, code));
            }
        }
        return String.join(SEPARATOR, words);
    }

    /** {@code renewalLeadTime} → "renewal lead time": readable even before the bundle names it. */
    private static String spaced(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
