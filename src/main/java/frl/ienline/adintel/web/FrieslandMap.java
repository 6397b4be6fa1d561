package frl.ienline.adintel.web;

import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schematic map of the 18 Frisian municipalities as tiles in a grid, each roughly where the municipality
 * lies (the Wadden islands on top, Súdwest-Fryslân on the left, the Stellingwerven at the bottom). Drawn
 * by the page as inline SVG with classes only (the CSP forbids inline style); the page gives a table beside
 * it as the text alternative.
 */
public final class FrieslandMap {

    static final int TILE_WIDTH = 140;
    static final int TILE_HEIGHT = 62;
    static final int GAP = 8;
    static final int COLUMNS = 5;
    static final int ROWS = 5;

    /** A municipality's place in the grid and the name on its tile. */
    record Place(MunicipalityCode code, String name, int column, int row) {
    }

    /** Official names (as in the rulebook) at their approximate place: column west → east, row north → south. */
    static final List<Place> PLACES = List.of(
            place("GM0096", "Vlieland", 0, 0),
            place("GM0093", "Terschelling", 1, 0),
            place("GM0060", "Ameland", 3, 0),
            place("GM0088", "Schiermonnikoog", 4, 0),
            place("GM0072", "Harlingen", 0, 1),
            place("GM1949", "Waadhoeke", 1, 1),
            place("GM0080", "Leeuwarden", 2, 1),
            place("GM1970", "Noardeast-Fryslân", 3, 1),
            place("GM1891", "Dantumadiel", 4, 1),
            place("GM1900", "Súdwest-Fryslân", 1, 2),
            place("GM0737", "Tytsjerksteradiel", 2, 2),
            place("GM0090", "Smallingerland", 3, 2),
            place("GM0059", "Achtkarspelen", 4, 2),
            place("GM1940", "De Fryske Marren", 1, 3),
            place("GM0074", "Heerenveen", 2, 3),
            place("GM0086", "Opsterland", 3, 3),
            place("GM0085", "Ooststellingwerf", 4, 3),
            place("GM0098", "Weststellingwerf", 2, 4));

    private static Place place(String code, String name, int column, int row) {
        return new Place(MunicipalityCode.of(code), name, column, row);
    }

    /**
     * One tile as the SVG draws it. {@code lines} is the name split where it is too long for one line.
     *
     * @param ads how many of the subject's ads were in the municipality (0 = not seen there)
     * @param order the 1-based order of first appearance, or 0 when never seen
     */
    public record Tile(MunicipalityCode code, String name, List<String> lines, int x, int y, int width, int height,
            int ads, int order) {
        public Tile {
            Objects.requireNonNull(code, "code");
            lines = List.copyOf(lines);
        }

        public boolean seen() {
            return ads > 0;
        }

        public String cssClass() {
            return seen() ? "map-tile map-tile--seen" : "map-tile";
        }

        /** The x of the tile's centre, for centred text. */
        public int centreX() {
            return x + width / 2;
        }

        /** The baseline of line {@code i} of the name. */
        public int lineY(int i) {
            int first = y + 22 - (lines.size() - 1) * 7;
            return first + i * 15;
        }

        /** The baseline of the count under the name. */
        public int countY() {
            return y + height - 10;
        }
    }

    private FrieslandMap() {
    }

    public static int width() {
        return COLUMNS * TILE_WIDTH + (COLUMNS - 1) * GAP;
    }

    public static int height() {
        return ROWS * TILE_HEIGHT + (ROWS - 1) * GAP;
    }

    public static String viewBox() {
        return "0 0 " + width() + " " + height();
    }

    /**
     * The 18 tiles, north to south and west to east.
     *
     * @param ads   per municipality, how many ads were seen there (absent = none)
     * @param order the municipalities in order of first appearance
     */
    public static List<Tile> tiles(Map<MunicipalityCode, Integer> ads, List<MunicipalityCode> order) {
        List<Tile> tiles = new ArrayList<>(PLACES.size());
        for (Place p : PLACES) {
            int count = ads.getOrDefault(p.code(), 0);
            int index = order.indexOf(p.code());
            tiles.add(new Tile(p.code(), p.name(), lines(p.name()), p.column() * (TILE_WIDTH + GAP),
                    p.row() * (TILE_HEIGHT + GAP), TILE_WIDTH, TILE_HEIGHT, count, count > 0 && index >= 0 ? index + 1 : 0));
        }
        return tiles;
    }

    /** The name of a Frisian municipality, or empty when the code is not one of the 18. */
    public static java.util.Optional<String> name(MunicipalityCode code) {
        return PLACES.stream().filter(p -> p.code().equals(code)).map(Place::name).findFirst();
    }

    /** Names longer than 16 characters break after a dash or a space, else in two (two lines fit a tile). */
    static List<String> lines(String name) {
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
