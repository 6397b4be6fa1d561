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
    private static final int LOCAL_MAX = 64;

    /**
     * Only the neighbourhood of an "@" or a written "at" can hold an address, so the expression runs
     * from the start of the word before each such anchor instead of from every position of the text.
     */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>(1);
        Matcher m = null;
        int searchedTo = 0;
        for (int anchor = nextAnchor(text, 0); anchor >= 0; anchor = nextAnchor(text, anchor + 1)) {
            if (anchor < searchedTo) {
                continue;
            }
            int start = localStart(text, anchor);
            if (start < searchedTo || start >= anchor) {
                continue;
            }
            if (m == null) {
                m = EMAIL.matcher(text).useTransparentBounds(true);
            }
            m.region(start, Math.min(text.length(), anchor + 400));
            if (!m.lookingAt()) {
                continue;
            }
            searchedTo = m.end();
            String domain = m.group(2) != null ? m.group(2) : m.group(4);
            String tld = m.group(3) != null ? m.group(3) : m.group(5);
            String address = m.group(1) + "@" + SPELLED_DOT.matcher(domain).replaceAll(".") + "." + tld;
            found.add(new Found(address.toLowerCase(Locale.ROOT), new Span(m.start(), m.end())));
        }
        return found;
    }

    /** The next "@", or "at"/"apenstaartje" standing as a word, from {@code from}; -1 when none. */
    private static int nextAnchor(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return i;
            }
            if ((c == 'a' || c == 'A') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i + 2;
                if (end <= text.length() && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    return i;
                }
                if (text.regionMatches(true, i, "apenstaartje", 0, 12)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Where the local part before an anchor starts (skipping the spaces and brackets of "name [at]"). */
    private static int localStart(String text, int anchor) {
        int i = anchor;
        int skipped = 0;
        while (i > 0 && skipped < 4 && (Character.isWhitespace(text.charAt(i - 1)) || "[({<".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
            skipped++;
        }
        int end = i;
        while (i > 0 && end - i < LOCAL_MAX && isLocal(text.charAt(i - 1))) {
            i--;
        }
        while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i == end ? anchor : i;
    }

    private static boolean isLocal(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** Normalises an address from a structured field (also undoing obfuscation); empty when it is none. */
    public java.util.Optional<String> normalize(String raw) {
        List<Found> found = raw == null ? List.of() : find(raw.strip());
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0).value());
    }
}
