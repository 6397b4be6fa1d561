package frl.ienline.adintel.web;

import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.FrieslandTiles;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A schematic map of the Frisian municipalities as tiles in a grid, each roughly where the municipality lies
 * ({@link FrieslandTiles}, shared with reporting's map); which municipalities there are and their names come
 * from the rulebook in force, so a renamed or merged municipality changes in one place. Drawn by the page as
 * inline SVG with classes only (the CSP forbids inline style); the page gives a table beside it as the text
 * alternative.
 */
public final class FrieslandMap {

    static final int TILE_WIDTH = 140;
    static final int TILE_HEIGHT = 62;
    static final int GAP = 8;
    static final int COLUMNS = FrieslandTiles.COLUMNS;
    static final int ROWS = FrieslandTiles.ROWS;

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
            FrieslandTiles.Place cell = FrieslandTiles.of(m.code()).orElse(null);
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

    static List<String> lines(String name) {
        return FrieslandTiles.lines(name);
    }
}
