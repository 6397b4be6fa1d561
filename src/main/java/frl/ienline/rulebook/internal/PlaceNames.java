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
