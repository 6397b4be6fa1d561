package frl.ienline.adintel.engine.cluster;

import frl.ienline.adintel.engine.extract.WordTokens;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns an ad's text into a {@link TextSignature}: normalise (fold case and accents, drop punctuation
 * and emoji, digits and masked spans to placeholders, capitalised words inside a sentence — names,
 * towns — to a placeholder), shingle the words and hash each shingle; computes MinHash band keys of a set of
 * shingles (the engine leaves stock phrases out first).
 * Deterministic: the MinHash functions come from the settings' seed. Thread-safe.
 */
public final class TextSigner {

    /**
     * Function words of the ad languages. A shingle made only of these and placeholders ("ik ben",
     * "ben [name]", "and the") says nothing about the template but is shared by a large share of all
     * ads; left in, it would make huge LSH buckets of unrelated ads. A fixed list keeps the signature
     * independent of the data (and so of the order in which ads arrive).
     */
    private static final java.util.Set<String> STOP_WORDS = new java.util.HashSet<>(java.util.Arrays.asList(
            // nl
            "de", "het", "een", "en", "van", "ik", "je", "jij", "u", "mij", "me", "mijn", "bij", "in", "op", "voor", "met", "is",
            "ben", "bent", "zijn", "er", "te", "om", "of", "aan", "als", "dat", "die", "dit", "wat", "ook", "maar", "naar", "nog",
            "niet", "geen", "wel", "zo", "dan", "uit", "over", "tot", "door", "hier", "heel", "jou", "je", "we", "wij", "ze", "zij",
            // en
            "the", "a", "an", "and", "of", "i", "you", "my", "at", "on", "for", "with", "am", "are", "be", "to", "or", "it",
            "this", "that", "what", "also", "but", "not", "no", "so", "then", "very", "your", "from", "by", "we", "she", "her",
            // de
            "der", "die", "das", "und", "ich", "du", "mit", "zu", "ist", "bin", "ein", "eine", "sie",
            // ro
            "si", "eu", "tu", "la", "cu", "pe", "este", "sunt", "o", "un", "ea",
            // es
            "el", "los", "las", "y", "en", "con", "es", "soy", "una", "yo", "te", "ella",
            // hu
            "az", "egy", "te", "van", "vagyok", "es",
            // bg
            "и", "в", "на", "с", "аз", "ти", "е", "съм", "за", "тя",
            // pl
            "w", "na", "z", "jestem", "jest", "to", "ty", "ja", "ona"));
    /** The lowest bit of a token hash marks a function word or a placeholder. */
    private static final long WEAK = 1L;
    private static final long NAME = hash("\u0001name") | WEAK;
    private static final long NUMBER = hash("\u0001number") | WEAK;
    private static final java.util.Set<Long> STOP_HASHES = stopHashes();

    private static java.util.Set<Long> stopHashes() {
        java.util.Set<Long> hashes = new java.util.HashSet<>();
        for (String word : STOP_WORDS) {
            hashes.add(wordHash(WordTokens.fold(word, 0, word.length())) & ~WEAK);
        }
        return java.util.Set.copyOf(hashes);
    }

    private final ClusterSettings settings;
    private final int[] multipliers;
    private final int[] addends;

    public TextSigner(ClusterSettings settings) {
        this.settings = settings;
        int functions = settings.bands() * settings.rows();
        SplittableRandom random = new SplittableRandom(settings.seed());
        multipliers = new int[functions];
        addends = new int[functions];
        for (int i = 0; i < functions; i++) {
            multipliers[i] = random.nextInt() | 1;
            addends[i] = random.nextInt();
        }
    }

    public ClusterSettings settings() {
        return settings;
    }

    public TextSignature sign(String text, List<Mask> masks) {
        return new TextSignature(shingles(tokens(text, masks)));
    }

    /** The normalised word hashes of a text, in order. */
    long[] tokens(String text, List<Mask> masks) {
        Mask[] sorted = masks.toArray(Mask[]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.start(), b.start()));
        long[] out = new long[Math.max(16, text.length() / 4)];
        int size = 0;
        int m = 0;
        int i = 0;
        int n = text.length();
        boolean sentenceStart = true;
        long previous = 0;
        while (i < n) {
            while (m < sorted.length && sorted[m].end() <= i) {
                m++;
            }
            if (m < sorted.length && sorted[m].start() <= i) {
                long token = sorted[m].placeholder() == '#' ? NUMBER : hash("\u0001" + sorted[m].placeholder()) | WEAK;
                if (token != previous || token != NUMBER) {
                    size = push(out = ensure(out, size), size, token);
                }
                previous = token;
                i = Math.max(i + 1, sorted[m].end());
                sentenceStart = false;
                continue;
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isDigit(cp)) {
                int end = i + width;
                while (end < n && (Character.isDigit(text.codePointAt(end)) || text.charAt(end) == '.' || text.charAt(end) == ',')) {
                    end += Character.charCount(text.codePointAt(end));
                }
                if (previous != NUMBER) {
                    size = push(out = ensure(out, size), size, NUMBER);
                }
                previous = NUMBER;
                sentenceStart = false;
                i = end;
            } else if (Character.isLetter(cp)) {
                int end = i + width;
                boolean restLower = true;
                while (end < n) {
                    int next = text.codePointAt(end);
                    if (!Character.isLetter(next) && Character.getType(next) != Character.NON_SPACING_MARK) {
                        break;
                    }
                    if (Character.isUpperCase(next)) {
                        restLower = false;
                    }
                    end += Character.charCount(next);
                }
                long token;
                if (!sentenceStart && Character.isUpperCase(cp) && restLower && end - i > 1) {
                    token = NAME;
                } else {
                    token = foldedHash(text, i, end) & ~WEAK;
                    if (STOP_HASHES.contains(token)) {
                        token |= WEAK;
                    }
                }
                size = push(out = ensure(out, size), size, token);
                previous = token;
                sentenceStart = false;
                i = end;
            } else {
                if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' || cp == ';' || cp == '|' || cp == '-'
                        || cp == '*' || cp == '~' || cp == '•' || cp == '(' || cp == '"' || cp > 0x2000 && !Character.isLetterOrDigit(cp)
                        && !Character.isSpaceChar(cp)) {
                    sentenceStart = true;
                }
                boolean joinsNumbers = previous == NUMBER && (cp == '-' || cp == '.' || cp == '/' || cp == '(' || cp == ')');
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != ',' && !joinsNumbers) {
                    previous = 0;
                }
                i += width;
            }
        }
        return Arrays.copyOf(out, size);
    }

    private static long[] ensure(long[] out, int size) {
        return size == out.length ? Arrays.copyOf(out, size * 2) : out;
    }

    private static int push(long[] out, int size, long token) {
        out[size] = token;
        return size + 1;
    }

    int[] shingles(long[] tokens) {
        int k = settings.shingleSize();
        if (tokens.length == 0) {
            return new int[0];
        }
        int count = Math.max(1, tokens.length - k + 1);
        int[] shingles = new int[count];
        int kept = 0;
        for (int s = 0; s < count; s++) {
            long h = 0x9E3779B97F4A7C15L;
            boolean weak = true;
            for (int j = s; j < Math.min(tokens.length, s + k); j++) {
                h = mix(h ^ tokens[j]);
                weak &= (tokens[j] & WEAK) != 0;
            }
            if (!weak) {
                shingles[kept++] = (int) (h ^ (h >>> 32));
            }
        }
        count = kept;
        Arrays.sort(shingles, 0, count);
        int distinct = 0;
        for (int s = 0; s < count; s++) {
            if (s == 0 || shingles[s] != shingles[s - 1]) {
                shingles[distinct++] = shingles[s];
            }
        }
        return Arrays.copyOf(shingles, distinct);
    }

    /** The LSH band keys of a set of shingle hashes (the ones that are not stock phrases). */
    public long[] bandKeys(int[] shingles) {
        return bandKeys(shingles, 0, shingles.length);
    }

    /** The LSH band keys of {@code shingles[from..to)}. */
    public long[] bandKeys(int[] shingles, int from, int to) {
        int functions = multipliers.length;
        int[] minima = new int[functions];
        Arrays.fill(minima, Integer.MAX_VALUE);
        int[] m = multipliers;
        int[] a = addends;
        // Shingle hashes are already well mixed, so m·x + a (mod 2^32, m odd) permutes them well enough;
        // int arithmetic in a plain loop lets the JIT use vector instructions.
        for (int k = from; k < to; k++) {
            int x = shingles[k];
            for (int f = 0; f < functions; f++) {
                minima[f] = Math.min(minima[f], m[f] * x + a[f]);
            }
        }
        int rows = settings.rows();
        long[] keys = new long[settings.bands()];
        for (int b = 0; b < keys.length; b++) {
            long h = mix(b + 0x51ED_2701L);
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ minima[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /**
     * The hash of a word's skeleton: its first letter, then its consonants with repeats collapsed, after folding case
     * and accents. Misspellings — a doubled letter, two letters swapped around a vowel, a wrong or missing vowel,
     * deliberate ones included ("masaaz", "dikkke kus") — then still give the same word; the bigram around a word
     * keeps the few words that share a skeleton apart. ASCII words are read in place.
     */
    private static long foldedHash(String text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return wordHash(WordTokens.fold(text, start, end));
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (i > start && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') || c == previous) {
                continue;
            }
            previous = c;
            h ^= c;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** {@link #foldedHash} of a word already folded. */
    static long wordHash(String folded) {
        long h = 0xcbf29ce484222325L;
        char previous = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (i > 0 && (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u')) {
                continue;
            }
            if (c == previous) {
                continue;
            }
            previous = c;
            h ^= c;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Whether the exact Jaccard similarity of two sorted distinct arrays reaches the threshold, stopping
     * as soon as the answer is certain: J ≥ t exactly when the common count reaches t(|A|+|B|)/(1+t).
     */
    public static boolean similarAtLeast(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, double threshold) {
        int sizeA = aTo - aFrom;
        int sizeB = bTo - bFrom;
        if (sizeA == 0 || sizeB == 0) {
            return false;
        }
        if (Math.min(sizeA, sizeB) < threshold * Math.max(sizeA, sizeB) - 1e-6) {
            return false;
        }
        double needed = needed(sizeA, sizeB, threshold);
        int i = aFrom;
        int j = bFrom;
        int common = 0;
        while (i < aTo && j < bTo) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
                if (common >= needed) {
                    return true;
                }
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
            if (common + Math.min(aTo - i, bTo - j) < needed) {
                return false;
            }
        }
        return common >= needed;
    }

    /** The common count at which J = common / (a + b - common) reaches the threshold. */
    private static double needed(int sizeA, int sizeB, double threshold) {
        return threshold * (sizeA + sizeB) / (1 + threshold) - 1e-9;
    }

    /** The one definition of "similar enough", shared by every path so they agree on every pair. */
    public static boolean passes(int common, int sizeA, int sizeB, double threshold) {
        return sizeA > 0 && sizeB > 0 && common >= needed(sizeA, sizeB, threshold);
    }

    /** How many values two sorted distinct arrays share. */
    public static int common(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        int common = 0;
        while (i < aTo && j < bTo) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Exact Jaccard similarity of two sorted distinct arrays. */
    public static double jaccard(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        int common = 0;
        while (i < aTo && j < bTo) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = (aTo - aFrom) + (bTo - bFrom) - common;
        return union == 0 ? 0 : (double) common / union;
    }
}
