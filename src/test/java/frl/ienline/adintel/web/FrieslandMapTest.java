package frl.ienline.adintel.web;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.web.FrieslandMap.Tile;
import frl.ienline.rulebook.CompetentAuthority;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.RulebookFiles;
import frl.ienline.rulebook.RulebookVersion;
import frl.ienline.rulebook.RulebookVersions;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrieslandMapTest {

    static final RulebookVersions BUNDLED = RulebookFiles.loadBundled();
    static final List<Municipality> MUNICIPALITIES = BUNDLED.latest().municipalities();
    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");
    static final MunicipalityCode SMALLINGERLAND = MunicipalityCode.of("GM0090");

    @Test
    void everyBundledRulebookVersionHasATileForEachOfItsMunicipalitiesAndNoOther() {
        for (RulebookVersion version : BUNDLED.all()) {
            Set<MunicipalityCode> inRulebook = version.municipalities().stream().map(Municipality::code)
                    .collect(Collectors.toSet());
            assertThat(frl.ienline.shared.FrieslandTiles.codes()).as(version.id()).isEqualTo(inRulebook);
            assertThat(FrieslandMap.tiles(version.municipalities(), Map.of(), List.of())).as(version.id())
                    .extracting(Tile::name)
                    .containsExactlyInAnyOrderElementsOf(version.municipalities().stream().map(Municipality::name).toList());
        }
    }

    @Test
    void eighteenTilesInsideTheViewBoxWithoutOverlap() {
        List<Tile> tiles = FrieslandMap.tiles(MUNICIPALITIES, Map.of(), List.of());
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
    void tilesComeNorthToSouthThenWestToEastWhateverTheRulebookOrder() {
        List<Municipality> reversed = new ArrayList<>(MUNICIPALITIES);
        Collections.reverse(reversed);
        List<Tile> tiles = FrieslandMap.tiles(reversed, Map.of(), List.of());
        assertThat(tiles).isSortedAccordingTo(Comparator.comparingInt(Tile::y).thenComparingInt(Tile::x));
        assertThat(tiles.getFirst().name()).isEqualTo("Vlieland");
        assertThat(tiles.getLast().name()).isEqualTo("Weststellingwerf");
    }

    @Test
    void theGridFollowsGeography() {
        Map<String, Tile> byName = new HashMap<>();
        FrieslandMap.tiles(MUNICIPALITIES, Map.of(), List.of()).forEach(t -> byName.put(t.name(), t));
        // the islands lie north of the mainland, Harlingen west of Leeuwarden, the Stellingwerven in the south
        assertThat(byName.get("Schiermonnikoog").y()).isLessThan(byName.get("Noardeast-Fryslân").y());
        assertThat(byName.get("Harlingen").x()).isLessThan(byName.get("Leeuwarden").x());
        assertThat(byName.get("Leeuwarden").y()).isLessThan(byName.get("Heerenveen").y());
        assertThat(byName.get("Weststellingwerf").y()).isGreaterThan(byName.get("Smallingerland").y());
        assertThat(byName.get("Achtkarspelen").x()).isGreaterThan(byName.get("Tytsjerksteradiel").x());
    }

    @Test
    void theNameOnATileIsTheRulebooks() {
        List<Municipality> renamed = MUNICIPALITIES.stream()
                .map(m -> m.code().equals(LEEUWARDEN) ? new Municipality(m.code(), "Ljouwert", m.otherNames(),
                        m.competentAuthority(), m.notificationEmail()) : m)
                .toList();
        assertThat(FrieslandMap.tiles(renamed, Map.of(), List.of())).filteredOn(t -> t.code().equals(LEEUWARDEN))
                .singleElement().satisfies(t -> assertThat(t.lines()).containsExactly("Ljouwert"));
    }

    @Test
    void aMunicipalityWithoutAPlaceInTheLayoutIsLeftOffTheMap() {
        List<Municipality> withNewcomer = new ArrayList<>(MUNICIPALITIES);
        MunicipalityCode newcomer = MunicipalityCode.of("GM9999");
        withNewcomer.add(new Municipality(newcomer, "Nijgemeente", List.of(), CompetentAuthority.BURGEMEESTER,
                "toezicht@nijgemeente.example"));
        List<Tile> tiles = FrieslandMap.tiles(withNewcomer, Map.of(newcomer, 2, LEEUWARDEN, 1),
                List.of(newcomer, LEEUWARDEN));
        assertThat(tiles).hasSize(18).extracting(Tile::code).doesNotContain(newcomer);
        assertThat(tiles).filteredOn(Tile::seen).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo(LEEUWARDEN);
            assertThat(t.order()).isEqualTo(2);
        });
    }

    @Test
    void marksTheMunicipalitiesSeenWithCountAndOrderOfFirstAppearance() {
        List<Tile> tiles = FrieslandMap.tiles(MUNICIPALITIES, Map.of(LEEUWARDEN, 3, SMALLINGERLAND, 1),
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
        for (Tile t : FrieslandMap.tiles(MUNICIPALITIES, Map.of(), List.of())) {
            assertThat(t.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(16));
            assertThat(String.join("", t.lines()).replace("-", "")).isEqualTo(t.name().replace("-", ""));
        }
    }
}
