package frl.ienline.reporting.internal;

import frl.ienline.rulebook.Municipality;
import frl.ienline.shared.FrieslandTiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The schematic map of the 18 municipalities: one tile each where {@link FrieslandTiles} places it (the same
 * layout as the ad network map), coloured in five classes of a chosen measure. Hidden figures get
 * a hatched tile, municipalities to which the measure does not apply (the team's figures outside the team)
 * a grey one. The data is always also given as a table.
 */
public final class TileMap {

    static final int WIDTH = 140;
    static final int HEIGHT = 70;
    static final int GAP = 8;

    /**
     * A tile: its place, its colour class (0–4 by value, {@code hidden} or {@code none}) and its label.
     *
     * @param colour {@code c0}…{@code c4}, {@code hidden} or {@code none}
     */
    public record Tile(String code, String name, List<String> lines, String text, String colour, int x, int y,
            int width, int height, int centreX, int valueY, int column, int row) {

        /** The baseline of line {@code i} of the name. */
        public int lineY(int i) {
            return y + 24 - (lines.size() - 1) * 7 + i * 15;
        }
    }

    /** A value class of the legend: its colour and the range it covers. */
    public record Legend(String colour, String from, String to) {
    }

    public record Map5(String title, String description, List<Tile> tiles, List<Legend> legend, int width,
            int height) {
    }

    /** An entry: the municipality, its figure, and whether the measure applies to it. */
    public record Entry(Municipality municipality, Figure figure, boolean applicable) {
    }

    private TileMap() {
    }

    public static Map5 of(String title, String description, List<Entry> entries) {
        long max = entries.stream().filter(e -> e.applicable() && e.figure().shown())
                .mapToLong(e -> e.figure().value()).max().orElse(0);
        List<Tile> tiles = new ArrayList<>();
        for (Entry e : entries) {
            FrieslandTiles.Place at = FrieslandTiles.of(e.municipality().code()).orElse(null);
            if (at == null) {
                continue; // no place on the map (the table lists it)
            }
            String colour = !e.applicable() ? "none" : !e.figure().shown() ? "hidden"
                    : "c" + classOf(e.figure().value(), max);
            int x = at.column() * (WIDTH + GAP);
            int y = at.row() * (HEIGHT + GAP);
            tiles.add(new Tile(e.municipality().code().value(), e.municipality().name(),
                    FrieslandTiles.lines(e.municipality().name()), e.applicable() ? e.figure().text() : "", colour, x,
                    y, WIDTH, HEIGHT, x + WIDTH / 2, y + HEIGHT - 10, at.column(), at.row()));
        }
        List<Legend> legend = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            legend.add(new Legend("c" + c, Long.toString(lower(c, max)), Long.toString(upper(c, max))));
        }
        return new Map5(title, description, tiles, legend, FrieslandTiles.COLUMNS * (WIDTH + GAP) - GAP,
                FrieslandTiles.ROWS * (HEIGHT + GAP) - GAP);
    }

    /** Five equal classes from 0 to the largest value; 0 is always the lightest. */
    static int classOf(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(4, Math.max(1, Math.ceil(4.0 * value / max)));
    }

    private static long lower(int c, long max) {
        return c == 0 ? 0 : (long) Math.floor((c - 1) * max / 4.0) + 1;
    }

    private static long upper(int c, long max) {
        return c == 0 ? 0 : (long) Math.ceil(c * max / 4.0);
    }
}
