package frl.ienline.rulebook.internal;

import frl.ienline.rulebook.InvalidRulebook;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Place;
import frl.ienline.rulebook.PostcodeRange;
import frl.ienline.rulebook.RulebookProblem;
import frl.ienline.shared.MunicipalityCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the gazetteer CSV ({@code name_nl,name_fy,official,municipality,population,postcodes,free_text,aliases};
 * lists inside a field separated by {@code |}; {@code #} starts a comment line) and reports every problem
 * with its line number.
 */
public final class GazetteerReader {

    public static final String HEADER = "name_nl,name_fy,official,municipality,population,postcodes,free_text,aliases";

    private GazetteerReader() {
    }

    public static List<Place> read(String source, Reader csv, Collection<Municipality> municipalities) {
        Set<MunicipalityCode> known = municipalities.stream().map(Municipality::code).collect(Collectors.toSet());
        List<RulebookProblem> problems = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        Map<String, Integer> seenNames = new HashMap<>();
        Map<Integer, Integer> postcodeLines = new HashMap<>();
        Map<Integer, Place> postcodePlaces = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(csv)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String where = "line " + lineNumber;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.strip().equals(HEADER)) {
                        problems.add(new RulebookProblem(source, where, "the header must be " + HEADER));
                    }
                    headerSeen = true;
                    continue;
                }
                Place place = row(source, where, line, known, problems);
                if (place == null) {
                    continue;
                }
                String nameKey = PlaceNames.key(place.nameNl()) + "|" + place.municipality();
                Integer earlier = seenNames.putIfAbsent(nameKey, lineNumber);
                if (earlier != null) {
                    problems.add(new RulebookProblem(source, where, place.nameNl() + " in " + place.municipality()
                            + " is already on line " + earlier));
                }
                for (PostcodeRange range : place.postcodes()) {
                    for (int postcode = range.from(); postcode <= range.to(); postcode++) {
                        Place other = postcodePlaces.putIfAbsent(postcode, place);
                        if (other != null && !other.municipality().equals(place.municipality())) {
                            problems.add(new RulebookProblem(source, where, "postcode " + postcode + " is also given for "
                                    + other.nameNl() + " (" + other.municipality() + ") on line "
                                    + postcodeLines.get(postcode)));
                        }
                        postcodeLines.putIfAbsent(postcode, lineNumber);
                    }
                }
                places.add(place);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source, e);
        }
        if (!headerSeen) {
            problems.add(new RulebookProblem(source, "line 1", "the file is empty; expected the header " + HEADER));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulebook(problems);
        }
        return places;
    }

    private static Place row(String source, String where, String line, Set<MunicipalityCode> known,
            List<RulebookProblem> problems) {
        String[] fields = line.split(",", -1);
        if (fields.length != 8) {
            problems.add(new RulebookProblem(source, where, "has " + fields.length + " fields, expected 8: " + HEADER));
            return null;
        }
        int before = problems.size();
        String nameNl = fields[0].strip();
        String nameFy = fields[1].strip();
        if (nameNl.isEmpty() || nameFy.isEmpty()) {
            problems.add(new RulebookProblem(source, where, "name_nl and name_fy are required"));
        }
        Place.Language official = switch (fields[2].strip()) {
            case "nl" -> Place.Language.NL;
            case "fy" -> Place.Language.FY;
            default -> {
                problems.add(new RulebookProblem(source, where, "official must be nl or fy, not " + fields[2].strip()));
                yield null;
            }
        };
        MunicipalityCode municipality = null;
        try {
            municipality = MunicipalityCode.of(fields[3]);
            if (!known.contains(municipality)) {
                problems.add(new RulebookProblem(source, where, "municipality " + municipality
                        + " is not one of the municipalities in the rulebook"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new RulebookProblem(source, where, "municipality must be a CBS code like GM0080, not "
                    + fields[3].strip()));
        }
        Integer population = null;
        if (!fields[4].isBlank()) {
            try {
                population = Integer.parseInt(fields[4].strip());
                if (population < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new RulebookProblem(source, where, "population must be a whole number or empty, not "
                        + fields[4].strip()));
            }
        }
        List<PostcodeRange> postcodes = new ArrayList<>();
        for (String part : list(fields[5])) {
            try {
                String[] bounds = part.split("-", -1);
                if (bounds.length > 2 || !Arrays.stream(bounds).allMatch(b -> b.strip().matches("\\d{4}"))) {
                    throw new IllegalArgumentException();
                }
                int from = Integer.parseInt(bounds[0].strip());
                postcodes.add(new PostcodeRange(from, bounds.length == 2 ? Integer.parseInt(bounds[1].strip()) : from));
            } catch (IllegalArgumentException e) {
                problems.add(new RulebookProblem(source, where, "postcodes must look like 9203 or 8900-8939, not "
                        + part));
            }
        }
        Place.TextUse freeText = switch (fields[6].strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> Place.TextUse.YES;
            case "capitalised" -> Place.TextUse.CAPITALISED;
            case "no" -> Place.TextUse.NO;
            default -> {
                problems.add(new RulebookProblem(source, where, "free_text must be yes, capitalised or no, not "
                        + fields[6].strip()));
                yield null;
            }
        };
        if (problems.size() > before) {
            return null;
        }
        return new Place(nameNl, nameFy, official, municipality, population, postcodes, freeText, list(fields[7]));
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
