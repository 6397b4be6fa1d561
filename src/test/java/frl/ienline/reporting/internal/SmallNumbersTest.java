package frl.ienline.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.reporting.internal.SmallNumbers.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one suppression: primary below the threshold, a second cell wherever a total would give one back. */
class SmallNumbersTest {

    final SmallNumbers five = new SmallNumbers(5);

    @Test
    void countsFromOneToBelowTheThresholdAreShownAsLessThanIt() {
        assertThat(five.text(0, five.primary(0))).isEqualTo("0");
        assertThat(five.text(1, five.primary(1))).isEqualTo("<5");
        assertThat(five.text(4, five.primary(4))).isEqualTo("<5");
        assertThat(five.text(5, five.primary(5))).isEqualTo("5");
        assertThat(new SmallNumbers(10).text(7, new SmallNumbers(10).primary(7))).isEqualTo("<10");
    }

    @Test
    void aTotalWithOneHiddenComponentHidesTheSmallestOtherOne() {
        Mark[] marks = five.line(3, 12, 7, 0);

        assertThat(marks).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.HIDDEN, Mark.SHOWN, Mark.SHOWN);
        assertThat(five.text(7, marks[2])).isEqualTo("x");
    }

    @Test
    void twoSmallComponentsProtectEachOther() {
        assertThat(five.line(3, 2, 20)).containsExactly(Mark.SMALL, Mark.SMALL, Mark.SHOWN, Mark.SHOWN);
    }

    @Test
    void aComponentThatIsItsOwnTotalHidesTheTotalToo() {
        assertThat(five.line(3, 0)).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.SMALL);
    }

    @Test
    void nothingSmallHidesNothing() {
        assertThat(five.line(5, 9, 0)).containsOnly(Mark.SHOWN);
    }

    @Test
    void aShareIsShownOnlyWhenNeitherItsPartsNorTheRestAreHidden() {
        assertThat(five.shareShown(3, Mark.SMALL, 20, Mark.SHOWN)).isFalse();
        assertThat(five.shareShown(18, Mark.SHOWN, 20, Mark.SHOWN)).isFalse(); // the rest, 2, would be given away
        assertThat(five.shareShown(10, Mark.SHOWN, 20, Mark.SHOWN)).isTrue();
        assertThat(five.shareShown(0, Mark.SHOWN, 20, Mark.SHOWN)).isTrue();
    }

    /**
     * Random cubes of municipalities × breakdown × quarters: no line (a total with its components) ever has
     * exactly one hidden cell, and every small count is hidden.
     */
    @Test
    void noLineOfARandomCubeGivesAHiddenCountBack() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int m = 1 + random.nextInt(6);
            int d = 1 + random.nextInt(4);
            long[][][] raw = new long[m][d][4];
            for (long[][] a : raw) {
                for (long[] b : a) {
                    for (int k = 0; k < 4; k++) {
                        int r = random.nextInt(10);
                        b[k] = r < 4 ? 0 : r < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(30);
                    }
                }
            }
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                rows.add(String.format("GM%04d", i + 1));
            }
            List<String> dims = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                dims.add("D" + j);
            }
            Cube cube = Cube.of(Measure.APPLICATIONS_RECEIVED, rows, dims, raw, five);
            List<String> municipalities = new ArrayList<>(rows);
            municipalities.add(null);
            for (String row : municipalities) {
                for (int q = 0; q <= 4; q++) {
                    // the breakdown of a total, with the total
                    assertNotExactlyOneHidden(cube.breakdown(row, q), cube.total(row, q));
                }
                for (int j = 0; j <= d; j++) {
                    List<Figure> quarters = new ArrayList<>();
                    for (int q = 1; q <= 4; q++) {
                        quarters.add(j == d ? cube.total(row, q) : cube.part(row, dims.get(j), q));
                    }
                    assertNotExactlyOneHidden(quarters, j == d ? cube.total(row, 0) : cube.part(row, dims.get(j), 0));
                }
            }
            for (int q = 0; q <= 4; q++) {
                List<Figure> perMunicipality = new ArrayList<>();
                for (String row : rows) {
                    perMunicipality.add(cube.total(row, q));
                    for (Figure f : cube.breakdown(row, q)) {
                        assertThat(f.mark() == Mark.SMALL).isEqualTo(five.isSmall(f.value()));
                    }
                }
                assertNotExactlyOneHidden(perMunicipality, cube.total(null, q));
            }
        }
    }

    private static void assertNotExactlyOneHidden(List<Figure> components, Figure total) {
        long hidden = components.stream().filter(f -> !f.shown()).count() + (total.shown() ? 0 : 1);
        assertThat(hidden).as("hidden cells in %s + %s", components, total).isNotEqualTo(1);
        assertThat(components.stream().mapToLong(Figure::value).sum()).isEqualTo(total.value());
    }
}
