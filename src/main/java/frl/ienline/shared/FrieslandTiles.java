package frl.ienline.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each Frisian municipality's tile lies on the schematic maps (ad networks, reporting): a grid of 5 × 5,
 * the Wadden islands on top, Súdwest-Fryslân on the left, the Stellingwerven at the bottom. Only the layout,
 * keyed by CBS code; the municipalities and their names come from the rulebook in force.
 */
public final class FrieslandTiles {

    public static final int COLUMNS = 5;
    public static final int ROWS = 5;

    /** A tile's place in the grid: column west → east, row north → south. */
    public record Place(int column, int row) {
    }

    private static final Map<MunicipalityCode, Place> LAYOUT = Map.ofEntries(
            at("GM0096", 0, 0), // Vlieland
            at("GM0093", 1, 0), // Terschelling
            at("GM0060", 3, 0), // Ameland
            at("GM0088", 4, 0), // Schiermonnikoog
            at("GM0072", 0, 1), // Harlingen
            at("GM1949", 1, 1), // Waadhoeke
            at("GM0080", 2, 1), // Leeuwarden
            at("GM1970", 3, 1), // Noardeast-Fryslân
            at("GM1891", 4, 1), // Dantumadiel
            at("GM1900", 1, 2), // Súdwest-Fryslân
            at("GM0737", 2, 2), // Tytsjerksteradiel
            at("GM0090", 3, 2), // Smallingerland
            at("GM0059", 4, 2), // Achtkarspelen
            at("GM1940", 1, 3), // De Fryske Marren
            at("GM0074", 2, 3), // Heerenveen
            at("GM0086", 3, 3), // Opsterland
            at("GM0085", 4, 3), // Ooststellingwerf
            at("GM0098", 2, 4)); // Weststellingwerf

    private FrieslandTiles() {
    }

    private static Map.Entry<MunicipalityCode, Place> at(String code, int column, int row) {
        return Map.entry(MunicipalityCode.of(code), new Place(column, row));
    }

    /** The municipalities that have a place. */
    public static java.util.Set<MunicipalityCode> codes() {
        return LAYOUT.keySet();
    }

    /** The municipality's place, or empty when it has none (a new municipality after a merger). */
    public static Optional<Place> of(MunicipalityCode code) {
        return Optional.ofNullable(LAYOUT.get(code));
    }

    /** Names longer than 16 characters break after a dash or a space, else in two (two lines fit a tile). */
    public static List<String> lines(String name) {
        if (name.length() <= 16) {
            return List.of(name);
        }
        int dash = name.indexOf('-');
        if (dash > 0) {
            return List.of(name.substring(0, dash + 1), name.substring(dash + 1));
        }
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            return List.of(name.substring(0, space), name.substring(space + 1));
        }
        int cut = name.equals("Tytsjerksteradiel") ? 8 : (name.length() + 1) / 2; // Tytsjerk·steradiel
        return List.of(name.substring(0, cut) + "-", name.substring(cut));
    }
}
