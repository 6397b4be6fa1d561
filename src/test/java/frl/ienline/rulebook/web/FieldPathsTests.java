package frl.ienline.rulebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPathsTests {

    private final Map<String, String> labels = Map.of("supervisionTeam", "toezichtteam",
            "participations", "deelnames", "licenceKinds", "vergunningsoorten");

    @Test
    void aPathReadsAsWordsWithTheMunicipalityByName() {
        assertThat(FieldPaths.human("supervisionTeam.participations[GM0098]", labels::get,
                Map.of("GM0098", "Smallingerland"))).isEqualTo("toezichtteam › deelnames › Smallingerland");
    }

    @Test
    void aLicenceKindKeepsItsCodeAndAnUnnamedFieldIsSpelledOut() {
        assertThat(FieldPaths.human("licenceKinds[EB].renewalLeadTime", labels::get, Map.of()))
                .isEqualTo("vergunningsoorten › EB › renewal lead time");
    }
}
