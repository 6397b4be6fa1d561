package frl.ienline.adintel.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds e-mail addresses, also when written as {@code anna [at] mail [dot] nl}, {@code anna(at)mail.nl}
 * or {@code anna apenstaartje mail punt nl}; reports them lowercase with the obfuscation undone.
 */
public final class EmailExtractor {

    private static final String LOCAL = "[\\p{L}0-9][\\p{L}0-9._%+\\-]{0,63}";
    private static final String LABEL = "[\\p{L}0-9](?:[\\p{L}0-9\\-]{0,62})";
    private static final String OPEN = "[\\[({<]";
    private static final String CLOSE = "[\\])}>]";
    private static final String AT_MARK = "(?:\\s?@\\s?|\\s*" + OPEN + "\\s*(?:at|apenstaartje|a)\\s*" + CLOSE + "\\s*)";
    private static final String AT_WORD = "\\s+(?:at|apenstaartje)\\s+";
    private static final String DOT_SPELLED = "(?:\\s*" + OPEN + "\\s*(?:dot|punt|d0t)\\s*" + CLOSE + "\\s*|\\s+(?:dot|punt)\\s+)";
    private static final String DOT = "(?:\\." + "|" + DOT_SPELLED + ")";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}0-9._%+\\-])(" + LOCAL + ")(?:" + AT_MARK + "(" + LABEL + "(?:" + DOT + LABEL + ")*)" + DOT + "([a-z]{2,24})"
                    + "|" + AT_WORD + "(" + LABEL + "(?:" + DOT_SPELLED + LABEL + ")*)" + DOT_SPELLED + "([a-z]{2,24}))(?![\\p{L}0-9])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPELLED_DOT = Pattern.compile(DOT_SPELLED, Pattern.CASE_INSENSITIVE);
    private static final Pattern HINT = Pattern.compile("@|\\b(?:at|apenstaartje)\\b", Pattern.CASE_INSENSITIVE);

    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>(1);
        if (!HINT.matcher(text).find()) {
            return found;
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            String domain = m.group(2) != null ? m.group(2) : m.group(4);
            String tld = m.group(3) != null ? m.group(3) : m.group(5);
            String address = m.group(1) + "@" + SPELLED_DOT.matcher(domain).replaceAll(".") + "." + tld;
            found.add(new Found(address.toLowerCase(Locale.ROOT), new Span(m.start(), m.end())));
        }
        return found;
    }

    /** Normalises an address from a structured field (also undoing obfuscation); empty when it is none. */
    public java.util.Optional<String> normalize(String raw) {
        List<Found> found = raw == null ? List.of() : find(raw.strip());
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0).value());
    }
}
