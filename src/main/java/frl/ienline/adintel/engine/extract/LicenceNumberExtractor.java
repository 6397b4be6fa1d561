package frl.ienline.adintel.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds licence numbers in the rulebook's format (a regular expression, default
 * {@value #DEFAULT_FORMAT}), tolerant of case and of spaces, dots, slashes or missing dashes between
 * the parts, and normalises them to the canonical spelling ({@code FRL-2026-PB-0042}).
 *
 * <p>The format's literal dashes mark the parts; the canonical form joins the letter and digit groups
 * with dashes again and must match the format.
 */
public final class LicenceNumberExtractor {

    public static final String DEFAULT_FORMAT = "FRL-\\d{4}-(PB|EB|OE)-\\d{4}";
    private static final String LOOSE_SEPARATOR = "[\\s\\-\\u2010-\\u2014_./:]{0,3}";

    private final Pattern canonical;
    private final FastPattern tolerant;

    public LicenceNumberExtractor() {
        this(DEFAULT_FORMAT);
    }

    public LicenceNumberExtractor(String format) {
        this.canonical = Pattern.compile(format);
        this.tolerant = FastPattern.compile("(?<![\\p{L}0-9])" + loosen(format) + "(?![\\p{L}0-9])",
                Pattern.CASE_INSENSITIVE);
    }

    /** Replaces each literal dash outside character classes by a loose separator. */
    private static String loosen(String format) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                out.append(c).append(format.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            out.append(c == '-' && !inClass ? LOOSE_SEPARATOR : String.valueOf(c));
        }
        return out.toString();
    }

    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>(1);
        tolerant.forEachMatch(text, m -> normalizeMatch(m.group())
                .ifPresent(value -> found.add(new Found(value, new Span(m.start(), m.end())))));
        return found;
    }

    /** Normalises a number from a structured field; empty when it does not have the format. */
    public Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        Matcher m = tolerant.pattern().matcher(raw.strip());
        return m.matches() ? normalizeMatch(m.group()) : Optional.empty();
    }

    private Optional<String> normalizeMatch(String match) {
        StringBuilder out = new StringBuilder(match.length());
        int previousKind = 0;
        for (int i = 0; i < match.length(); i++) {
            char c = match.charAt(i);
            int kind = Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
            if (kind == 0) {
                previousKind = -1;
                continue;
            }
            if (out.length() > 0 && kind != previousKind) {
                out.append('-');
            }
            out.append(Character.toUpperCase(c));
            previousKind = kind;
        }
        String value = out.toString().toUpperCase(Locale.ROOT);
        return canonical.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
