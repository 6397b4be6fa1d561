package frl.ienline.adintel.web;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.web.FrieslandMap.Tile;
import frl.ienline.shared.MunicipalityCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrieslandMapTest {

    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");
    static final MunicipalityCode SMALLINGERLAND = MunicipalityCode.of("GM0090");

    @Test
    void eighteenTilesInsideTheViewBoxWithoutOverlap() {
        List<Tile> tiles = FrieslandMap.tiles(Map.of(), List.of());
        assertThat(tiles).hasSize(18);
        assertThat(tiles).extracting(Tile::code).doesNotHaveDuplicates();
        Set<String> cells = new HashSet<>();
        for (Tile t : tiles) {
            assertThat(cells.add(t.x() + "," + t.y())).as(t.name()).isTrue();
            assertThat(t.x()).isBetween(0, FrieslandMap.width() - t.width());
            assertThat(t.y()).isBetween(0, FrieslandMap.height() - t.height());
            assertThat(t.seen()).isFalse();
            assertThat(t.cssClass()).isEqualTo("map-tile");
        }
        assertThat(FrieslandMap.viewBox()).isEqualTo("0 0 " + FrieslandMap.width() + " " + FrieslandMap.height());
    }

    @Test
    void theGridFollowsGeography() {
        Map<String, Tile> byName = new java.util.HashMap<>();
        FrieslandMap.tiles(Map.of(), List.of()).forEach(t -> byName.put(t.name(), t));
        // the islands lie north of the mainland, Harlingen west of Leeuwarden, the Stellingwerven in the south
        assertThat(byName.get("Schiermonnikoog").y()).isLessThan(byName.get("Noardeast-Fryslân").y());
        assertThat(byName.get("Harlingen").x()).isLessThan(byName.get("Leeuwarden").x());
        assertThat(byName.get("Leeuwarden").y()).isLessThan(byName.get("Heerenveen").y());
        assertThat(byName.get("Weststellingwerf").y()).isGreaterThan(byName.get("Smallingerland").y());
        assertThat(byName.get("Achtkarspelen").x()).isGreaterThan(byName.get("Tytsjerksteradiel").x());
    }

    @Test
    void marksTheMunicipalitiesSeenWithCountAndOrderOfFirstAppearance() {
        List<Tile> tiles = FrieslandMap.tiles(Map.of(LEEUWARDEN, 3, SMALLINGERLAND, 1),
                List.of(SMALLINGERLAND, LEEUWARDEN));
        Tile leeuwarden = tiles.stream().filter(t -> t.code().equals(LEEUWARDEN)).findFirst().orElseThrow();
        Tile drachten = tiles.stream().filter(t -> t.code().equals(SMALLINGERLAND)).findFirst().orElseThrow();
        assertThat(leeuwarden.seen()).isTrue();
        assertThat(leeuwarden.ads()).isEqualTo(3);
        assertThat(leeuwarden.order()).isEqualTo(2);
        assertThat(drachten.order()).isEqualTo(1);
        assertThat(drachten.cssClass()).isEqualTo("map-tile map-tile--seen");
        assertThat(tiles.stream().filter(Tile::seen)).hasSize(2);
    }

    @Test
    void longNamesBreakIntoTwoLinesThatFit() {
        assertThat(FrieslandMap.lines("Leeuwarden")).containsExactly("Leeuwarden");
        assertThat(FrieslandMap.lines("Noardeast-Fryslân")).containsExactly("Noardeast-", "Fryslân");
        assertThat(FrieslandMap.lines("Tytsjerksteradiel")).containsExactly("Tytsjerk-", "steradiel");
        for (Tile t : FrieslandMap.tiles(Map.of(), List.of())) {
            assertThat(t.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(16));
            assertThat(String.join("", t.lines()).replace("-", "")).isEqualTo(t.name().replace("-", ""));
        }
    }

    @Test
    void namesOfTheEighteen() {
        assertThat(FrieslandMap.name(LEEUWARDEN)).contains("Leeuwarden");
        assertThat(FrieslandMap.name(MunicipalityCode.of("GM0363"))).isEmpty();
    }
}
