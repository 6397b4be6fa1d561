package frl.ienline.adintel.engine.extract;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds phone numbers in free text and normalises them to E.164, seeing through the usual obfuscations:
 * separators ({@code 06-12 34.56/78}), {@code (0)6} and {@code 0031} forms, the letters O and l/I for 0
 * and 1 inside digit runs, full-width and other Unicode digits, and digits written as Dutch, English or
 * German words ("nul zes een twee …"). Numbers without a country prefix are read in the default
 * region (NL); only numbers libphonenumber considers valid are reported.
 */
public final class PhoneExtractor {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MIN_DIGITS = 9;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_SEPARATOR_RUN = 3;

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("nul", 0), Map.entry("zero", 0), Map.entry("oh", 0), Map.entry("null", 0),
            Map.entry("een", 1), Map.entry("één", 1), Map.entry("eén", 1), Map.entry("one", 1), Map.entry("eins", 1),
            Map.entry("twee", 2), Map.entry("two", 2), Map.entry("zwei", 2),
            Map.entry("drie", 3), Map.entry("three", 3), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("four", 4),
            Map.entry("vijf", 5), Map.entry("five", 5), Map.entry("fünf", 5), Map.entry("funf", 5),
            Map.entry("zes", 6), Map.entry("six", 6), Map.entry("sechs", 6),
            Map.entry("zeven", 7), Map.entry("seven", 7), Map.entry("sieben", 7),
            Map.entry("acht", 8), Map.entry("eight", 8),
            Map.entry("negen", 9), Map.entry("nine", 9), Map.entry("neun", 9));

    private final String defaultRegion;

    public PhoneExtractor() {
        this("NL");
    }

    public PhoneExtractor(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** Every valid phone number in the text, in order of appearance, each with its span. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>(2);
        Run run = new Run();
        int i = 0;
        int n = text.length();
        int separators = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            int digit = asciiDigit(cp);
            if (digit >= 0) {
                run.digit(digit, i, i + width, true);
                separators = 0;
                i += width;
            } else if (Character.isLetter(cp)) {
                int end = i + width;
                while (end < n && Character.isLetter(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                int confusable = end - i == 1 ? confusable(cp) : -1;
                int word = confusable < 0 && end - i >= 2 && end - i <= 6 ? wordDigit(text, i, end) : -1;
                if (confusable >= 0 && (run.length() > 0 || nextIsDigit(text, end))) {
                    run.digit(confusable, i, end, false);
                    separators = 0;
                } else if (word >= 0) {
                    run.digit(word, i, end, false);
                    run.boundary();
                    separators = 0;
                } else {
                    run.close(text, found);
                }
                i = end;
            } else if (cp == '+' && run.length() == 0) {
                run.plus(i);
                i += width;
            } else if (isSeparator(cp) && run.length() > 0) {
                run.boundary();
                if (++separators > MAX_SEPARATOR_RUN) {
                    run.close(text, found);
                    separators = 0;
                }
                i += width;
            } else {
                run.close(text, found);
                separators = 0;
                if (cp == '+') {
                    run.plus(i);
                }
                i += width;
            }
        }
        run.close(text, found);
        return found;
    }

    /** Normalises one number as written in a structured field, if it is a valid number. */
    public Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        List<Found> found = find(raw);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).value());
    }

    private static int asciiDigit(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp > 127 && Character.isDigit(cp)) {
            int value = Character.getNumericValue(cp);
            return value >= 0 && value <= 9 ? value : -1;
        }
        return -1;
    }

    private static int confusable(int cp) {
        return switch (cp) {
            case 'O', 'o', 'Q' -> 0;
            case 'l', 'I', '|' -> 1;
            default -> -1;
        };
    }

    /** Number words by their first letter (a char-indexed table: no boxing, no hashing per word). */
    private static final String[][] WORDS_BY_FIRST = byFirst();

    private static String[][] byFirst() {
        String[][] table = new String[256][];
        WORDS.keySet().stream().sorted().forEach(w -> {
            char first = w.charAt(0);
            String[] old = table[first] == null ? new String[0] : table[first];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = w;
            table[first] = grown;
        });
        return table;
    }

    /** The digit a number word stands for, or -1; no allocation on the common path of ordinary words. */
    private static int wordDigit(String text, int start, int end) {
        char first = Character.toLowerCase(text.charAt(start));
        String[] candidates = first < 256 ? WORDS_BY_FIRST[first] : null;
        if (candidates == null) {
            return -1;
        }
        int length = end - start;
        for (String word : candidates) {
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
                return WORDS.get(word);
            }
        }
        return -1;
    }

    private static boolean nextIsDigit(String text, int from) {
        for (int j = from; j < text.length() && j < from + 3; j++) {
            int cp = text.codePointAt(j);
            if (asciiDigit(cp) >= 0) {
                return true;
            }
            if (!isSeparator(cp)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSeparator(int cp) {
        return switch (cp) {
            case ' ', '-', '.', '/', '(', ')', '_', '\u00A0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00B7',
                 '\u202F', '\u2009', '\u3000', '\t', '*', '\uFF08', '\uFF09', '\uFF0E', '\uFF0F', '\u2212' -> true;
            default -> Character.getType(cp) == Character.DASH_PUNCTUATION;
        };
    }

    /** The digits of one run of digit-like tokens, with where each came from and where groups end. */
    private final class Run {
        private final StringBuilder digits = new StringBuilder(24);
        private final List<int[]> positions = new ArrayList<>(24);
        private final List<Boolean> boundaries = new ArrayList<>(24);
        private int realDigits;
        private int plusAt = -1;

        int length() {
            return digits.length();
        }

        void plus(int at) {
            plusAt = at;
        }

        void digit(int value, int start, int end, boolean real) {
            digits.append((char) ('0' + value));
            positions.add(new int[] {start, end});
            boundaries.add(Boolean.FALSE);
            if (real) {
                realDigits++;
            }
        }

        void boundary() {
            if (!boundaries.isEmpty()) {
                boundaries.set(boundaries.size() - 1, Boolean.TRUE);
            }
        }

        void close(String text, List<Found> out) {
            if (digits.length() >= MIN_DIGITS && (realDigits >= 6 || realDigits == 0)) {
                segment(out);
            }
            digits.setLength(0);
            positions.clear();
            boundaries.clear();
            realDigits = 0;
            plusAt = -1;
        }

        /** Takes numbers from the run left to right, each the longest valid prefix ending at a group end. */
        private void segment(List<Found> out) {
            int start = 0;
            int n = digits.length();
            while (n - start >= MIN_DIGITS) {
                int taken = -1;
                String e164 = null;
                for (int end = Math.min(n, start + MAX_DIGITS + 2); end - start >= MIN_DIGITS; end--) {
                    if (end != n && !boundaries.get(end - 1)) {
                        continue;
                    }
                    e164 = parse(digits.substring(start, end), start == 0 && plusAt >= 0);
                    if (e164 != null) {
                        taken = end;
                        break;
                    }
                }
                if (taken < 0) {
                    int next = start + 1;
                    while (next < n && !boundaries.get(next - 1)) {
                        next++;
                    }
                    start = next;
                    continue;
                }
                int spanStart = start == 0 && plusAt >= 0 ? plusAt : positions.get(start)[0];
                out.add(new Found(e164, new Span(spanStart, positions.get(taken - 1)[1])));
                start = taken;
            }
        }
    }

    private String parse(String digits, boolean plus) {
        String international = null;
        if (plus) {
            international = digits;
        } else if (digits.startsWith("00")) {
            international = digits.substring(2);
        } else if (digits.startsWith("31") && digits.length() == 11 && digits.charAt(2) != '0') {
            international = digits;
        }
        if (international != null) {
            String e164 = valid("+" + international, null);
            if (e164 == null) {
                e164 = withoutTrunkZero(international);
            }
            return e164;
        }
        if (digits.charAt(0) != '0') {
            return null;
        }
        return valid(digits, defaultRegion);
    }

    /** {@code +31 (0)6 …}: a national trunk 0 written after the country code. */
    private String withoutTrunkZero(String international) {
        for (int cc = 1; cc <= 3 && cc < international.length(); cc++) {
            if (international.charAt(cc) == '0'
                    && UTIL.getRegionCodeForCountryCode(Integer.parseInt(international.substring(0, cc))) != null
                    && !"ZZ".equals(UTIL.getRegionCodeForCountryCode(Integer.parseInt(international.substring(0, cc))))) {
                String e164 = valid("+" + international.substring(0, cc) + international.substring(cc + 1), null);
                if (e164 != null) {
                    return e164;
                }
            }
        }
        return null;
    }

    /**
     * Dutch numbers without parsing (the common case, and parsing costs tens of microseconds): the
     * national significant number goes straight to the validity check. {@code null} when not applicable,
     * "" when not valid.
     */
    private static String validDutch(String number, String region) {
        String national;
        if ("NL".equals(region) && number.length() == 10 && number.charAt(0) == '0' && number.charAt(1) != '0') {
            national = number.substring(1);
        } else if (region == null && number.startsWith("+31") && number.length() == 12 && number.charAt(3) != '0') {
            national = number.substring(3);
        } else {
            return null;
        }
        PhoneNumber pn = new PhoneNumber().setCountryCode(31).setNationalNumber(Long.parseLong(national));
        return UTIL.isValidNumber(pn) ? "+31" + national : "";
    }

    private static String valid(String number, String region) {
        String fast = validDutch(number, region);
        if (fast != null) {
            return fast.isEmpty() ? null : fast;
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, region == null ? "ZZ" : region);
            if (!UTIL.isValidNumber(parsed)) {
                return null;
            }
            return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
