package frl.ienline.adintel.web;

import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schematic map of the Frisian municipalities as tiles in a grid, each roughly where the municipality lies
 * (the Wadden islands on top, Súdwest-Fryslân on the left, the Stellingwerven at the bottom). Only the layout
 * lives here, keyed by CBS code; which municipalities there are and their names come from the rulebook in
 * force, so a renamed or merged municipality changes in one place. Drawn by the page as inline SVG with
 * classes only (the CSP forbids inline style); the page gives a table beside it as the text alternative.
 */
public final class FrieslandMap {

    static final int TILE_WIDTH = 140;
    static final int TILE_HEIGHT = 62;
    static final int GAP = 8;
    static final int COLUMNS = 5;
    static final int ROWS = 5;

    /** A tile's place in the grid: column west → east, row north → south. */
    record Cell(int column, int row) {
    }

    /** Each municipality's approximate place by CBS code (the names are comments for the reader; the rulebook holds them). */
    static final Map<MunicipalityCode, Cell> LAYOUT = Map.ofEntries(
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

    private static Map.Entry<MunicipalityCode, Cell> at(String code, int column, int row) {
        return Map.entry(MunicipalityCode.of(code), new Cell(column, row));
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
     * The tiles of the rulebook's municipalities, north to south and west to east. A municipality without a
     * place in the layout gets no tile (the page's table still lists it).
     *
     * @param municipalities the municipalities of the rulebook in force, for their names
     * @param ads            per municipality, how many ads were seen there (absent = none)
     * @param order          the municipalities in order of first appearance
     */
    public static List<Tile> tiles(List<Municipality> municipalities, Map<MunicipalityCode, Integer> ads,
            List<MunicipalityCode> order) {
        List<Tile> tiles = new ArrayList<>(municipalities.size());
        for (Municipality m : municipalities) {
            Cell cell = LAYOUT.get(m.code());
            if (cell == null) {
                continue;
            }
            int count = ads.getOrDefault(m.code(), 0);
            int index = order.indexOf(m.code());
            tiles.add(new Tile(m.code(), m.name(), lines(m.name()), cell.column() * (TILE_WIDTH + GAP),
                    cell.row() * (TILE_HEIGHT + GAP), TILE_WIDTH, TILE_HEIGHT, count, count > 0 && index >= 0 ? index + 1 : 0));
        }
        tiles.sort(Comparator.comparingInt(Tile::y).thenComparingInt(Tile::x));
        return tiles;
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
