package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.extract.Span;
import frl.ienline.adintel.engine.extract.TownLookup;
import frl.ienline.adintel.engine.extract.TownMention;
import frl.ienline.rulebook.Gazetteer;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Place;
import frl.ienline.rulebook.PlaceMention;
import frl.ienline.shared.MunicipalityCode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rulebook's gazetteer as the engine's {@link TownLookup}: Dutch and Frisian names and postcodes.
 *
 * <p>Speed: the gazetteer normalises every run of up to a few words of a text to look it up, which costs about
 * a millisecond per ad. This adapter first looks for words that can start a name (the first word of any
 * place or municipality name, or a postcode) and hands the gazetteer only those stretches of text, so the
 * answer is the same (a test compares both on generated ads) at a fraction of the cost.
 */
public final class GazetteerTownLookup implements TownLookup {

    private static final Pattern POSTCODE = Pattern.compile("\\d{4} ?[A-Z]{2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Gazetteer gazetteer;
    private final Set<String> firstWords = new HashSet<>();
    private final int longestName;

    public GazetteerTownLookup(Gazetteer gazetteer, Collection<Municipality> municipalities) {
        this.gazetteer = gazetteer;
        List<String> names = new ArrayList<>();
        for (Place place : gazetteer.places()) {
            names.addAll(place.names());
        }
        for (Municipality municipality : municipalities) {
            names.add(municipality.name());
            names.addAll(municipality.otherNames());
        }
        int longest = 1;
        for (String name : names) {
            List<String> words = words(name);
            if (!words.isEmpty()) {
                firstWords.add(words.getFirst());
                longest = Math.max(longest, words.size());
            }
        }
        if (firstWords.contains("sint")) {
            firstWords.add("st");
        }
        this.longestName = longest + 1;
    }

    @Override
    public List<TownMention> findInText(String text) {
        List<TownMention> mentions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return mentions;
        }
        List<int[]> tokens = Gazetteer.wordSpans(text);
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int[] token = tokens.get(i);
            if (firstWords.contains(fold(text, token[0], token[1]))) {
                int last = Math.min(tokens.size() - 1, i + longestName);
                add(windows, token[0], tokens.get(last)[1]);
            }
        }
        var postcodes = POSTCODE.matcher(text);
        while (postcodes.find()) {
            add(windows, Math.max(0, postcodes.start() - 1), Math.min(text.length(), postcodes.end() + 1));
        }
        windows.sort(java.util.Comparator.comparingInt(w -> w[0]));
        List<int[]> merged = new ArrayList<>();
        windows.forEach(w -> add(merged, w[0], w[1]));
        for (int[] window : merged) {
            for (PlaceMention mention : gazetteer.findInText(text.substring(window[0], window[1]))) {
                String town = mention.place() != null ? mention.place().officialName() : mention.text();
                mentions.add(new TownMention(new Span(window[0] + mention.start(), window[0] + mention.end()), town,
                        mention.municipality()));
            }
        }
        return mentions;
    }

    /** Adds a window, merging it with the previous one when they overlap or touch. */
    private static void add(List<int[]> windows, int start, int end) {
        if (!windows.isEmpty() && windows.getLast()[1] >= start - 1 && windows.getLast()[0] <= start) {
            int[] last = windows.getLast();
            last[1] = Math.max(last[1], end);
            return;
        }
        windows.add(new int[] {start, end});
    }

    @Override
    public Optional<MunicipalityCode> resolve(String townOrPostcode) {
        return gazetteer.resolve(townOrPostcode);
    }

    /** Words as the gazetteer's keys split them: letters and digits, folded. */
    static List<String> words(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ij", "y");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String fold(String text, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.substring(start, end).toLowerCase(Locale.ROOT).replace("ij", "y");
        }
        List<String> words = words(text.substring(start, end));
        return words.isEmpty() ? "" : words.getFirst();
    }
}
