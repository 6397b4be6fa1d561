package frl.ienline.rulebook.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a place name to the key it is looked up by, so spelling variants meet: lower case, no
 * diacritics ({@code Damwâld} = {@code damwald}), {@code ij} = {@code y} ({@code Garijp} = {@code Garyp}),
 * punctuation as spaces ({@code St.-Annaparochie} = {@code st annaparochie}) and {@code st} = {@code sint}.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private PlaceNames() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ij", "y");
        StringBuilder key = new StringBuilder();
        for (String token : NOT_WORD.matcher(plain).replaceAll(" ").strip().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.equals("st") ? "sint" : token);
        }
        return key.toString();
    }

    /**
     * The key of one word of a text ({@code text[start, end)}, letters and digits only), as {@link #key} makes it
     * of the word alone; a name of several words has as key its words' keys joined by spaces. The rules of
     * {@link #key} with a short way for plain ASCII words — change both together.
     */
    public static String wordKey(CharSequence text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return key(text.subSequence(start, end).toString());
            }
            chars[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        String word = new String(chars);
        if (word.equals("st")) {
            return "sint";
        }
        return word.contains("ij") ? word.replace("ij", "y") : word;
    }

    /** The key without a leading article ({@code de jouwer} becomes {@code jouwer}), or {@code null}. */
    public static String withoutArticle(String key) {
        for (String article : new String[] {"de ", "it ", "het ", "t "}) {
            if (key.startsWith(article) && key.length() - article.length() >= 4) {
                return key.substring(article.length());
            }
        }
        return null;
    }
}
