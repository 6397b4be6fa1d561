package frl.ienline.adintel.engine.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as a sequence of folded words (lowercase, without accents) with their character positions, so
 * phrases match regardless of case, accents and spacing, and hits map back to the original text.
 * Letters and digits form words; apostrophes separate like spaces; any other visible character is a
 * token of its own.
 */
public final class WordTokens {

    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private WordTokens(String[] words, int[] starts, int[] ends, int size) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    public static WordTokens of(String text) {
        int capacity = Math.max(8, text.length() / 4);
        String[] words = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int size = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int cp = c < 128 ? c : text.codePointAt(i);
            int width = Character.charCount(cp);
            if (c < 128 ? c == ' ' || c == '\'' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F'
                    : Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u2019') {
                i += width;
                continue;
            }
            int end = i + width;
            if (c < 128 ? asciiLetterOrDigit(c) : Character.isLetterOrDigit(cp)) {
                while (end < n) {
                    char d = text.charAt(end);
                    if (d < 128) {
                        if (!asciiLetterOrDigit(d)) {
                            break;
                        }
                        end++;
                        continue;
                    }
                    int next = text.codePointAt(end);
                    if (Character.isLetterOrDigit(next) || Character.getType(next) == Character.NON_SPACING_MARK) {
                        end += Character.charCount(next);
                    } else {
                        break;
                    }
                }
            }
            if (size == words.length) {
                words = java.util.Arrays.copyOf(words, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            words[size] = fold(text, i, end);
            starts[size] = i;
            ends[size] = end;
            size++;
            i = end;
        }
        return new WordTokens(words, starts, ends, size);
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Lowercase without diacritics; ASCII takes a fast path. */
    public static String fold(CharSequence text, int start, int end) {
        boolean ascii = true;
        for (int j = start; j < end; j++) {
            if (text.charAt(j) > 127) {
                ascii = false;
                break;
            }
        }
        String raw = text.subSequence(start, end).toString();
        if (ascii) {
            return raw.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
            char c = decomposed.charAt(j);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        String folded = b.toString().toLowerCase(Locale.ROOT);
        return folded.replace('ł', 'l').replace('ß', 's');
    }

    public int size() {
        return size;
    }

    public String word(int i) {
        return words[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }
}
