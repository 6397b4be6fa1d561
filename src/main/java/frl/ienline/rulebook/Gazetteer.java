package frl.ienline.rulebook;

import frl.ienline.rulebook.internal.GazetteerReader;
import frl.ienline.rulebook.internal.PlaceNames;
import frl.ienline.shared.MunicipalityCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The towns and villages of Fryslân with their Dutch and Frisian names and postcodes, mapped to the 18
 * municipalities. Advertisements name towns, not municipalities; this turns {@code Drachten}, {@code Snits},
 * {@code de jouwer}, {@code Damwoude} or {@code 9203 AB} into the municipality that is responsible.
 *
 * <p>Plain Java, loadable without Spring ({@link #loadBundled()}); the application also offers it as a bean.
 * Lookups ignore case, diacritics, {@code ij}/{@code y}, {@code St.}/{@code Sint}, hyphens and a leading
 * article. A name used by more than one place in different municipalities ({@code Oudega}, {@code Nes})
 * resolves only with its municipality: {@code Oudega (Smallingerland)} or {@code Oudega, Smallingerland}.
 *
 * <p>{@link #findInText} recognises whole words only and skips names marked {@code free_text=no} in the data
 * (ordinary words such as {@code Lies} or {@code Boer}, names used twice, names of bigger places elsewhere such
 * as {@code Hoorn}) and names of fewer than three letters ({@code Ie}); names marked {@code capitalised}
 * ({@code Balk}, {@code Sloten}) count only when written with a capital. Postcodes count only in the full
 * form {@code 9203 AB}, because a bare number in an advertisement is more often a price or a time.
 */
public final class Gazetteer {

    /** The gazetteer shipped with ienline. */
    public static final String BUNDLED = "rulebook/gazetteer.csv";

    private static final Pattern POSTCODE = Pattern.compile("\\s*(\\d{4})\\s*(?:[A-Za-z]{2})?\\s*");
    private static final Pattern POSTCODE_IN_TEXT = Pattern.compile("(?<![\\p{L}\\p{Nd}])(\\d{4}) ?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\p{Nd}])");
    private static final int MAX_QUALIFIED_NAME = 120;
    private static final Pattern QUALIFIED = Pattern.compile("(.+?)\\s*[(,]\\s*(?:gem(?:eente)?\\.?\\s+)?([^)]+?)\\s*\\)?\\s*");

    private record TextEntry(Place place, MunicipalityCode municipality, boolean capitalOnly) {
    }

    private final List<Place> places;
    private final Map<MunicipalityCode, Municipality> municipalities = new LinkedHashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, MunicipalityCode> municipalityByName = new HashMap<>();
    private final Map<Integer, MunicipalityCode> byPostcode = new HashMap<>();
    private final Map<String, List<TextEntry>> inText = new HashMap<>();
    private final int longestTextKey;
    /** Every key of {@link #inText} and each of its leading words ({@code sint}, {@code sint annaparochie}). */
    private final Set<String> textKeyPrefixes = new HashSet<>();

    /** A gazetteer of these places; every place must lie in one of the municipalities. */
    public Gazetteer(List<Place> places, Collection<Municipality> municipalities) {
        this.places = List.copyOf(places);
        municipalities.forEach(m -> this.municipalities.put(m.code(), m));
        for (Municipality municipality : municipalities) {
            municipalityByName.put(PlaceNames.key(municipality.name()), municipality.code());
            municipality.otherNames().forEach(n -> municipalityByName.put(PlaceNames.key(n), municipality.code()));
        }
        Map<String, List<Place>> derived = new HashMap<>();
        for (Place place : this.places) {
            if (!this.municipalities.containsKey(place.municipality())) {
                throw new IllegalArgumentException(place.nameNl() + " lies in " + place.municipality()
                        + ", which is not one of the municipalities");
            }
            for (String name : place.names()) {
                String key = PlaceNames.key(name);
                addOnce(byName, key, place);
                String withoutArticle = PlaceNames.withoutArticle(key);
                if (withoutArticle != null) {
                    addOnce(derived, withoutArticle, place);
                }
                if (place.freeText() != Place.TextUse.NO && key.replace(" ", "").length() >= 3) {
                    inText.computeIfAbsent(key, k -> new ArrayList<>()).add(new TextEntry(place, place.municipality(),
                            place.freeText() == Place.TextUse.CAPITALISED));
                }
            }
            for (PostcodeRange range : place.postcodes()) {
                for (int postcode = range.from(); postcode <= range.to(); postcode++) {
                    MunicipalityCode earlier = byPostcode.putIfAbsent(postcode, place.municipality());
                    if (earlier != null && !earlier.equals(place.municipality())) {
                        throw new IllegalArgumentException("Postcode " + postcode + " lies in both " + earlier + " and "
                                + place.municipality());
                    }
                }
            }
        }
        derived.forEach((key, found) -> byName.putIfAbsent(key, found));
        municipalityByName.forEach((key, code) -> {
            if (!inText.containsKey(key)) {
                inText.put(key, List.of(new TextEntry(null, code, false)));
            }
        });
        longestTextKey = inText.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        for (String key : inText.keySet()) {
            for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                textKeyPrefixes.add(key.substring(0, space));
            }
            textKeyPrefixes.add(key);
        }
    }

    /** The gazetteer shipped with ienline, checked against the municipalities of the latest bundled rulebook. */
    public static Gazetteer loadBundled() {
        return loadBundled(RulebookFiles.loadBundled().latest().municipalities());
    }

    /** The gazetteer shipped with ienline, checked against these municipalities. */
    public static Gazetteer loadBundled(Collection<Municipality> municipalities) {
        try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath");
            }
            return load("gazetteer.csv", new InputStreamReader(in, StandardCharsets.UTF_8), municipalities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a gazetteer CSV. Every problem is reported with its line, e.g.
     * {@code gazetteer.csv: line 12: municipality GM9999 is not one of the municipalities in the rulebook}.
     */
    public static Gazetteer load(String sourceName, Reader csv, Collection<Municipality> municipalities) {
        return new Gazetteer(GazetteerReader.read(sourceName, csv, municipalities), municipalities);
    }

    public List<Place> places() {
        return places;
    }

    /** Every place known by this name (Dutch, Frisian or alias), in any of the tolerated spellings. */
    public List<Place> placesNamed(String name) {
        return byName.getOrDefault(PlaceNames.key(name), List.of());
    }

    /**
     * The one place a name stands for, also when qualified with its municipality ({@code Nes (Ameland)}), or
     * empty when unknown or ambiguous.
     */
    public Optional<Place> place(String name) {
        List<Place> found = candidates(name);
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /**
     * The municipality of a place name, a municipality name or a postcode ({@code 9203} or {@code 9203 AB});
     * empty when unknown, outside Fryslân, or ambiguous without a municipality.
     */
    public Optional<MunicipalityCode> resolve(String placeNameOrPostcode) {
        if (placeNameOrPostcode == null || placeNameOrPostcode.isBlank()) {
            return Optional.empty();
        }
        if (POSTCODE.matcher(placeNameOrPostcode).matches()) {
            return municipalityOfPostcode(placeNameOrPostcode);
        }
        Set<MunicipalityCode> found = new LinkedHashSet<>();
        candidates(placeNameOrPostcode).forEach(p -> found.add(p.municipality()));
        if (found.isEmpty()) {
            Optional.ofNullable(municipalityByName.get(PlaceNames.key(placeNameOrPostcode))).ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** The municipality of a postcode area ({@code 9203}, {@code 9203AB}, {@code 9203 ab}), if it is in Fryslân. */
    public Optional<MunicipalityCode> municipalityOfPostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        Matcher matcher = POSTCODE.matcher(postcode);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byPostcode.get(Integer.parseInt(matcher.group(1))));
    }

    /** The name of a municipality as the rulebook writes it. */
    public Optional<String> municipalityName(MunicipalityCode code) {
        return Optional.ofNullable(municipalities.get(code)).map(Municipality::name);
    }

    /**
     * The places, municipality names and full postcodes mentioned in a text, in order, with their spans.
     * The longest name wins ({@code Sint Nicolaasga} rather than nothing, {@code West-Terschelling} rather than
     * {@code Terschelling}); ambiguous names are skipped.
     */
    public List<PlaceMention> findInText(String text) {
        return findInText(text, true);
    }

    /**
     * With {@code byWordKeys} each word is keyed once and a run of words is looked up only while it begins some
     * name; without, every run of up to the longest name's length goes through {@link PlaceNames#key} — the
     * plain definition, kept for the test that both find the same.
     */
    List<PlaceMention> findInText(String text, boolean byWordKeys) {
        List<PlaceMention> mentions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return mentions;
        }
        List<int[]> tokens = wordSpans(text);
        String[] words = new String[byWordKeys ? tokens.size() : 0];
        for (int k = 0; k < words.length; k++) {
            words[k] = PlaceNames.wordKey(text, tokens.get(k)[0], tokens.get(k)[1]);
        }
        String[] keys = new String[longestTextKey];
        for (int i = 0; i < tokens.size(); i++) {
            int longest = byWordKeys ? namesStartingAt(words, i, keys) : everyRunAt(text, tokens, i, keys);
            for (int n = longest; n >= 1; n--) {
                int start = tokens.get(i)[0];
                int end = tokens.get(i + n - 1)[1];
                List<TextEntry> entries = inText.get(keys[n - 1]);
                if (entries == null || !onlyWordSeparators(text, tokens, i, n)) {
                    continue;
                }
                boolean capitalised = Character.isUpperCase(text.charAt(start));
                List<TextEntry> usable = entries.stream().filter(e -> capitalised || !e.capitalOnly()).toList();
                Set<MunicipalityCode> municipalitiesFound = new LinkedHashSet<>();
                usable.forEach(e -> municipalitiesFound.add(e.municipality()));
                if (municipalitiesFound.size() == 1) {
                    boolean isPlace = usable.getFirst().place() != null;
                    Place place = usable.stream().map(TextEntry::place).distinct().count() == 1 ? usable.getFirst().place()
                            : null;
                    mentions.add(new PlaceMention(start, end, text.substring(start, end),
                            isPlace ? PlaceMention.Kind.PLACE : PlaceMention.Kind.MUNICIPALITY,
                            municipalitiesFound.iterator().next(), place));
                    i += n - 1;
                    break;
                }
            }
        }
        Matcher postcode = POSTCODE_IN_TEXT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; nextPostcode(postcode, text, from, byWordKeys); from = postcode.end()) {
            MunicipalityCode code = byPostcode.get(Integer.parseInt(postcode.group(1)));
            int start = postcode.start();
            if (code != null && mentions.stream().noneMatch(m -> m.start() < postcode.end() && start < m.end())) {
                mentions.add(new PlaceMention(start, postcode.end(), postcode.group(), PlaceMention.Kind.POSTCODE, code,
                        null));
            }
        }
        mentions.sort(Comparator.comparingInt(PlaceMention::start));
        return mentions;
    }

    private List<Place> candidates(String name) {
        List<Place> direct = placesNamed(name);
        if (!direct.isEmpty()) {
            return direct;
        }
        // a place name with its municipality is short; a long text is no such name and is never backtracked over
        Matcher qualified = QUALIFIED.matcher(name.length() <= MAX_QUALIFIED_NAME ? name : "");
        if (qualified.matches()) {
            MunicipalityCode municipality = municipalityByName.get(PlaceNames.key(qualified.group(2)));
            if (municipality != null) {
                return placesNamed(qualified.group(1)).stream().filter(p -> p.municipality().equals(municipality))
                        .toList();
            }
        }
        return List.of();
    }

    /**
     * Spans ({@code [start, end)}) of the words of a text as the gazetteer reads it: runs of letters and digits
     * with their combining marks.
     */
    private static List<int[]> wordSpans(String text) {
        List<int[]> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 128 ? asciiLetterOrDigit(c) : Character.isLetterOrDigit(text.codePointAt(i))) {
                int start = i;
                while (i < length) {
                    char d = text.charAt(i);
                    if (d < 128) {
                        if (!asciiLetterOrDigit(d)) {
                            break;
                        }
                        i++;
                    } else {
                        int codePoint = text.codePointAt(i);
                        if (!Character.isLetterOrDigit(codePoint)
                                && Character.getType(codePoint) != Character.NON_SPACING_MARK) {
                            break;
                        }
                        i += Character.charCount(codePoint);
                    }
                }
                tokens.add(new int[] {start, i});
            } else {
                i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
            }
        }
        return tokens;
    }

    /**
     * Fills {@code keys} with the keys of the runs of words starting at word {@code i}, one word longer each, as
     * long as they begin some name's key; returns how many.
     */
    private int namesStartingAt(String[] words, int i, String[] keys) {
        StringBuilder key = new StringBuilder();
        int n = 0;
        while (n < Math.min(longestTextKey, words.length - i)) {
            if (n > 0) {
                key.append(' ');
            }
            key.append(words[i + n]);
            String candidate = key.toString();
            if (!textKeyPrefixes.contains(candidate)) {
                break;
            }
            keys[n++] = candidate;
        }
        return n;
    }

    /** The plain definition: every run of words starting at word {@code i}, each through {@link PlaceNames#key}. */
    private int everyRunAt(String text, List<int[]> tokens, int i, String[] keys) {
        int runs = Math.min(longestTextKey, tokens.size() - i);
        for (int n = 1; n <= runs; n++) {
            keys[n - 1] = PlaceNames.key(text.substring(tokens.get(i)[0], tokens.get(i + n - 1)[1]));
        }
        return runs;
    }

    /**
     * The next full postcode from {@code from} on. With {@code atDigitRuns} the pattern is tried only where a run of
     * digits starts (all its look-behind allows): the matches of {@link Matcher#find(int)}, without trying every
     * character of the text.
     */
    private static boolean nextPostcode(Matcher postcode, String text, int from, boolean atDigitRuns) {
        if (!atDigitRuns) {
            return from <= text.length() && postcode.find(from);
        }
        for (int at = from; at < text.length(); at++) {
            if (asciiDigit(text.charAt(at)) && (at == 0 || !asciiDigit(text.charAt(at - 1)))
                    && postcode.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A multi-word name may be split by spaces, hyphens and dots (St.-Annaparochie), not by a comma or line. */
    private static boolean onlyWordSeparators(String text, List<int[]> tokens, int first, int count) {
        for (int k = first; k < first + count - 1; k++) {
            String between = text.substring(tokens.get(k)[1], tokens.get(k + 1)[0]);
            if (!between.matches("[ .\\-'’]{1,3}") || between.contains("\n")) {
                return false;
            }
        }
        return true;
    }

    private static void addOnce(Map<String, List<Place>> index, String key, Place place) {
        List<Place> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(place)) {
            list.add(place);
        }
    }
}
