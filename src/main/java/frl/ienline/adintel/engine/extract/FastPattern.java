package frl.ienline.adintel.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that finds exactly what {@link Matcher#find()} finds, faster: it reads from the pattern
 * which characters a match can start with and tries the pattern only there ({@link Matcher#lookingAt()} with
 * transparent bounds, so look-behinds and {@code \b} still see the text around). Java's matcher has no such
 * start-character optimisation for patterns that begin with a look-behind, {@code \b} or a case-insensitive
 * alternation, and then tries every position of the text; on an ad of 900 characters that was most of the
 * extraction time.
 *
 * <p>The first consuming element is read from the pattern text: a literal, an escape such as {@code \d} or
 * {@code \p{L}}, a character class, or a group whose every alternative starts that way; zero-width parts in
 * front of it ({@code \b}, look-arounds, inline flags) are skipped. Whatever it cannot read (an optional first
 * element, {@code .}, back-references, {@code \Q…\E}) makes it fall back to trying every position, so a
 * configured pattern of any shape still gives the same matches. Whether a character can start a match is asked
 * of the pattern's own first element with the pattern's flags, once per distinct character. When the pattern
 * starts with {@code \b}, a start between two ASCII word characters is skipped as well (Java's {@code \b} is
 * ASCII-only; such a position is never a boundary). Thread-safe.
 */
public final class FastPattern {

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final Pattern pattern;
    /** Matches one character that can start a match; {@code null} when every position must be tried. */
    private final Pattern first;
    private final boolean startsAtBoundary;
    /** Per BMP character: can a match start with it? Filled lazily; races only write the same answer. */
    private final byte[] starts;
    /** The one character a leading negative look-behind forbids before a match, e.g. {@code (?<![\p{L}0-9])}. */
    private final Pattern notAfter;
    private final byte[] forbiddenBefore;

    private FastPattern(Pattern pattern) {
        this.pattern = pattern;
        Prefix prefix = new Prefix(pattern.pattern());
        // comments mode (white space and # ignored), literal patterns and canonical equivalence read differently
        boolean plain = (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) == 0;
        List<String> atoms = plain ? prefix.firstAtoms() : null;
        if (atoms != null && prefix.inlineFlags.contains("x")) {
            atoms = null;
        }
        this.first = atoms == null ? null : firstCharacter(prefix.inlineFlags, atoms, pattern.flags());
        this.startsAtBoundary = atoms != null && prefix.boundary
                && (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) == 0 && !prefix.inlineFlags.contains("U");
        this.starts = first == null ? null : new byte[Character.MAX_VALUE + 1];
        this.notAfter = first == null || prefix.notAfter == null ? null
                : firstCharacter(prefix.inlineFlags, List.of(prefix.notAfter), pattern.flags());
        this.forbiddenBefore = notAfter == null ? null : new byte[Character.MAX_VALUE + 1];
    }

    private static Pattern firstCharacter(String inlineFlags, List<String> atoms, int flags) {
        try {
            return Pattern.compile(inlineFlags + "(?:" + String.join("|", atoms) + ")", flags);
        } catch (java.util.regex.PatternSyntaxException misread) {
            return null; // a construct this reader took apart wrongly: try every position
        }
    }

    public static FastPattern compile(String regex, int flags) {
        return new FastPattern(Pattern.compile(regex, flags));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether this pattern is searched only at its possible start characters (for tests). */
    boolean filtered() {
        return first != null;
    }

    /** Every match, in order, as repeated {@link Matcher#find()} would give them. */
    public void forEachMatch(CharSequence text, Consumer<MatchResult> each) {
        Matcher m = pattern.matcher(text);
        if (first == null) {
            while (m.find()) {
                each.accept(m.toMatchResult());
            }
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        int from = 0;
        while (from <= length) {
            int at = nextStart(text, from, length);
            if (at < 0) {
                return;
            }
            m.region(at, length);
            if (m.lookingAt()) {
                each.accept(m.toMatchResult());
                from = m.end() == at ? at + 1 : m.end();
            } else {
                from = at + 1;
            }
        }
    }

    /** The first match, as {@link Matcher#find()} would give it, or {@code null}. */
    public MatchResult first(CharSequence text) {
        Matcher m = pattern.matcher(text);
        if (first == null) {
            return m.find() ? m.toMatchResult() : null;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int at = nextStart(text, 0, length); at >= 0; at = nextStart(text, at + 1, length)) {
            m.region(at, length);
            if (m.lookingAt()) {
                return m.toMatchResult();
            }
        }
        return null;
    }

    private int nextStart(CharSequence text, int from, int length) {
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (!canStart(c)) {
                continue;
            }
            if (startsAtBoundary && i > 0 && asciiWord(c) && asciiWord(text.charAt(i - 1))) {
                continue;
            }
            if (notAfter != null && i > 0 && !Character.isSurrogate(text.charAt(i - 1))
                    && is(notAfter, forbiddenBefore, text.charAt(i - 1))) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private boolean canStart(char c) {
        // a supplementary character: let the pattern decide
        return Character.isSurrogate(c) || is(first, starts, c);
    }

    /** Whether the one-character pattern matches {@code c}, asked once per character and remembered. */
    private static boolean is(Pattern oneCharacter, byte[] known, char c) {
        byte answer = known[c];
        if (answer == UNKNOWN) {
            answer = oneCharacter.matcher(String.valueOf(c)).matches() ? YES : NO;
            known[c] = answer;
        }
        return answer == YES;
    }

    private static boolean asciiWord(char c) {
        return c < 128 && (c == '_' || Character.isLetterOrDigit(c));
    }

    /** Reads the zero-width prefix and the first consuming element of a pattern's text. */
    private static final class Prefix {
        final String regex;
        String inlineFlags = "";
        boolean boundary;
        /** The single character class of a leading negative look-behind, when there is exactly one such. */
        String notAfter;
        private int lookBehinds;

        Prefix(String regex) {
            this.regex = regex;
        }

        /** The first element's alternatives as pattern texts, or {@code null} when any position can start a match. */
        List<String> firstAtoms() {
            int i = 0;
            if (regex.startsWith("(?") && regex.length() > 2) {
                int close = regex.indexOf(')');
                String flags = close < 0 ? "" : regex.substring(2, close);
                if (!flags.isEmpty() && flags.chars().allMatch(Character::isLetter)) {
                    inlineFlags = regex.substring(0, close + 1);
                    i = close + 1;
                }
            }
            List<int[]> alternatives = alternatives(regex, i, regex.length());
            List<String> atoms = new ArrayList<>();
            for (int[] alternative : alternatives) {
                if (!atoms(regex, alternative[0], alternative[1], alternatives.size() == 1, atoms)) {
                    return null;
                }
            }
            return atoms;
        }

        /**
         * Adds the possible first atoms of {@code text[from, to)} (one sequence, no alternation at its top) and
         * returns whether that was possible. A leading {@code \b} is recorded only for a pattern without top-level
         * alternatives.
         */
        boolean atoms(String text, int from, int to, boolean top, List<String> out) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < to && (text.charAt(i + 1) == 'b' || text.charAt(i + 1) == 'B')) {
                    if (top && text.charAt(i + 1) == 'b') {
                        boundary = true;
                    }
                    i += 2;
                    if (i < to && text.charAt(i) == '{') {
                        return false; // \b{g}
                    }
                } else if (c == '^') {
                    i++;
                } else if (text.startsWith("(?=", i) || text.startsWith("(?!", i) || text.startsWith("(?<=", i)
                        || text.startsWith("(?<!", i)) {
                    int close = closing(text, i, to);
                    if (close < 0) {
                        return false;
                    }
                    if (top && text.startsWith("(?<!", i)) {
                        String body = text.substring(i + 4, close);
                        notAfter = ++lookBehinds == 1 && singleCharacter(body) ? body : null;
                    }
                    i = close + 1;
                } else {
                    break;
                }
            }
            if (i >= to) {
                return false;
            }
            char c = text.charAt(i);
            int end;
            if (c == '(') {
                int close = closing(text, i, to);
                if (close < 0) {
                    return false;
                }
                int body = i + 1;
                if (text.startsWith("?:", body)) {
                    body += 2;
                } else if (text.startsWith("?<", body)) {
                    int nameEnd = text.indexOf('>', body);
                    if (nameEnd < 0 || nameEnd > close) {
                        return false;
                    }
                    body = nameEnd + 1;
                } else if (text.startsWith("?", body)) {
                    return false; // atomic groups, inline flags with a colon and the like: not read
                }
                for (int[] alternative : alternatives(text, body, close)) {
                    if (!atoms(text, alternative[0], alternative[1], false, out)) {
                        return false;
                    }
                }
                end = close + 1;
            } else if (c == '[') {
                int close = classEnd(text, i, to);
                if (close < 0) {
                    return false;
                }
                out.add(text.substring(i, close + 1));
                end = close + 1;
            } else if (c == '\\') {
                end = escapeEnd(text, i, to);
                if (end < 0) {
                    return false;
                }
                out.add(text.substring(i, end));
            } else if (c == '.' || c == '|' || c == ')' || c == '$' || Character.isSurrogate(c)) {
                return false;
            } else {
                out.add(Pattern.quote(String.valueOf(c)));
                end = i + 1;
            }
            return end >= to || !optional(text, end);
        }

        /** Whether a look-behind's body is one character class, escape or literal without a quantifier. */
        private static boolean singleCharacter(String body) {
            if (body.isEmpty()) {
                return false;
            }
            char c = body.charAt(0);
            if (c == '[') {
                return classEnd(body, 0, body.length()) == body.length() - 1;
            }
            if (c == '\\') {
                return escapeEnd(body, 0, body.length()) == body.length();
            }
            return body.length() == 1 && ".^$|()?*+{".indexOf(c) < 0 && !Character.isSurrogate(c);
        }

        private static boolean optional(String text, int at) {
            char q = text.charAt(at);
            return q == '?' || q == '*' || text.startsWith("{0", at) || text.startsWith("{,", at);
        }

        /** The end (exclusive) of an escape that stands for one character or class, or -1 when not such an escape. */
        private static int escapeEnd(String text, int at, int to) {
            if (at + 1 >= to) {
                return -1;
            }
            char e = text.charAt(at + 1);
            if (e == 'p' || e == 'P') {
                if (at + 2 < to && text.charAt(at + 2) == '{') {
                    int close = text.indexOf('}', at + 2);
                    return close < 0 || close >= to ? -1 : close + 1;
                }
                return at + 3 <= to ? at + 3 : -1;
            }
            if (e == 'x') {
                if (at + 2 < to && text.charAt(at + 2) == '{') {
                    int close = text.indexOf('}', at + 2);
                    return close < 0 || close >= to ? -1 : close + 1;
                }
                return at + 4 <= to ? at + 4 : -1;
            }
            if (e == 'u') {
                return at + 6 <= to ? at + 6 : -1;
            }
            if ("dDsSwWhHvVtnrfae".indexOf(e) >= 0 || !Character.isLetterOrDigit(e)) {
                return at + 2;
            }
            return -1; // back-references, \Q, \G, \A, \z, \R, \X, \k, \c, octal: not read
        }

        /** The index of the parenthesis closing the one at {@code open}, or -1. */
        private static int closing(String text, int open, int to) {
            int depth = 0;
            for (int i = open; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    int close = classEnd(text, i, to);
                    if (close < 0) {
                        return -1;
                    }
                    i = close;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The index of the bracket closing the character class opened at {@code open}, or -1. */
        private static int classEnd(String text, int open, int to) {
            int depth = 0;
            for (int i = open; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && i > open + 1 && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The top-level alternatives of {@code text[from, to)}. */
        private static List<int[]> alternatives(String text, int from, int to) {
            List<int[]> parts = new ArrayList<>();
            int start = from;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    i = classEnd(text, i, to);
                    if (i < 0) {
                        return List.of(new int[] {from, from}); // unreadable: an empty alternative makes the caller give up
                    }
                } else if (c == '(') {
                    i = closing(text, i, to);
                    if (i < 0) {
                        return List.of(new int[] {from, from});
                    }
                } else if (c == '|') {
                    parts.add(new int[] {start, i});
                    start = i + 1;
                }
            }
            parts.add(new int[] {start, to});
            return parts;
        }
    }
}
