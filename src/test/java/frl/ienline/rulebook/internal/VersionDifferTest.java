package frl.ienline.rulebook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.rulebook.RulebookDiff;
import frl.ienline.rulebook.RulebookDiff.Change;
import frl.ienline.rulebook.RulebookDiff.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The diff compares data field by field and matches list elements by their code. */
class VersionDifferTest {

    static final List<RulebookSources.Source> BUNDLED = RulebookSources.load(RulebookSources.BUNDLED);

    static JsonNode tree(String json) {
        return RulebookSources.tree(json.replace('\'', '"'));
    }

    static List<Change> diff(String before, String after) {
        return new VersionDiffer(Locale.of("nl")).diff("a", tree(before), "b", tree(after)).changes();
    }

    @Test
    void identicalVersionsHaveNoDifferences() {
        String json = BUNDLED.getFirst().canonicalJson();

        assertThat(new VersionDiffer(Locale.of("nl")).diff("x", RulebookSources.tree(json), "x",
                RulebookSources.tree(json)).isEmpty()).isTrue();
    }

    @Test
    void aChangedValueShowsOldAndNew() {
        assertThat(diff("{'procedure': {'repairTerm': 'P2W'}}", "{'procedure': {'repairTerm': 'P3W'}}"))
                .containsExactly(new Change("procedure.repairTerm", Kind.CHANGED, "P2W", "P3W"));
    }

    @Test
    void numbersCompareByValue() {
        assertThat(diff("{'amount': 5000}", "{'amount': 5000.00}")).isEmpty();
        assertThat(diff("{'amount': 5000}", "{'amount': 7500}"))
                .containsExactly(new Change("amount", Kind.CHANGED, "5000", "7500"));
    }

    @Test
    void listElementsAreMatchedByCodeSoAnInsertionIsOneAddition() {
        String before = "{'conditions': [{'code': 'PB-01', 'text': {'nl': 'Een', 'en': 'One'}},"
                + " {'code': 'PB-02', 'text': {'nl': 'Twee', 'en': 'Two'}}]}";
        String after = "{'conditions': [{'code': 'PB-01', 'text': {'nl': 'Een', 'en': 'One'}},"
                + " {'code': 'PB-09', 'text': {'nl': 'Nieuw', 'en': 'New'}}, {'code': 'PB-02', 'text': {'nl': 'Twee', 'en': 'Two'}}]}";

        assertThat(diff(before, after)).containsExactly(
                new Change("conditions[PB-09]", Kind.ADDED, null, "PB-09 — Nieuw"));
    }

    @Test
    void removedElementsAndFieldsAreReported() {
        assertThat(diff("{'reasons': [{'code': 'A', 'name': {'nl': 'Aa', 'en': 'Ay'}}, {'code': 'B', 'name': {'nl': 'Bee', 'en': 'Bee'}}]}",
                "{'reasons': [{'code': 'A', 'name': {'nl': 'Aa', 'en': 'Ay'}}]}"))
                .containsExactly(new Change("reasons[B]", Kind.REMOVED, "B — Bee", null));
        assertThat(diff("{'p': {'municipality': 'GM0085', 'validFrom': '2025-01-01', 'validUntil': '2026-12-31'}}",
                "{'p': {'municipality': 'GM0085', 'validFrom': '2025-01-01'}}"))
                .containsExactly(new Change("p.validUntil", Kind.REMOVED, "2026-12-31", null));
    }

    @Test
    void listsWithoutCodesAreComparedByPositionAndScalarListsAsAWhole() {
        assertThat(diff("{'tracks': ['UNLICENSED']}", "{'tracks': ['UNLICENSED', 'LICENSED']}"))
                .containsExactly(new Change("tracks", Kind.CHANGED, "[UNLICENSED]", "[UNLICENSED, LICENSED]"));
        assertThat(diff("{'x': [{'a': 1}, {'a': 2}]}", "{'x': [{'a': 1}, {'a': 3}, {'a': 4}]}")).containsExactly(
                new Change("x[1].a", Kind.CHANGED, "2", "3"), new Change("x[2]", Kind.ADDED, null, "a: 4"));
    }

    @Test
    void textsAreShownInTheReadersLanguage() {
        RulebookDiff english = new VersionDiffer(Locale.ENGLISH).diff("a",
                tree("{'reasons': []}"), "b", tree("{'reasons': [{'code': 'C', 'name': {'nl': 'Cee', 'en': 'See'}}]}"));

        assertThat(english.changes()).containsExactly(new Change("reasons[C]", Kind.ADDED, null, "C — See"));
    }

    @Test
    void version20262OnlyAddsTheDeviationReasons() {
        var from = BUNDLED.get(0);
        var to = BUNDLED.get(1);
        List<Change> changes = new VersionDiffer(Locale.of("nl")).diff(from.version().id(),
                RulebookSources.tree(from.canonicalJson()), to.version().id(), RulebookSources.tree(to.canonicalJson()))
                .changes();
        assertThat(changes).extracting(Change::path).containsExactly("id", "effectiveFrom",
                "enforcement.deviationReasons");
    }

    @Test
    void theBundledVersionsDifferExactlyInTheAnnouncedChanges() {
        var from = BUNDLED.get(0); // 2026.1
        var to = BUNDLED.get(2); // 2027.1 (2026.2 only added the deviation reasons, see below)

        List<Change> changes = new VersionDiffer(Locale.of("nl")).diff(from.version().id(),
                RulebookSources.tree(from.canonicalJson()), to.version().id(), RulebookSources.tree(to.canonicalJson()))
                .changes();

        assertThat(changes).containsExactly(
                new Change("id", Kind.CHANGED, "2026.1", "2027.1"),
                new Change("effectiveFrom", Kind.CHANGED, "2026-01-01", "2027-01-01"),
                new Change("title.en", Kind.CHANGED, "Regional sex work policy framework Fryslân 2026",
                        "Regional sex work policy framework Fryslân 2027"),
                new Change("title.nl", Kind.CHANGED, "Regionaal beleidskader sekswerk Fryslân 2026",
                        "Regionaal beleidskader sekswerk Fryslân 2027"),
                new Change("supervisionTeam.participations[GM0085].validUntil", Kind.ADDED, null, "2026-12-31"),
                new Change("supervisionTeam.participations[GM0098]", Kind.ADDED, null,
                        "GM0098 — validFrom: 2027-01-01"),
                new Change("licenceKinds[PB].conditions[PB-09]", Kind.ADDED, null,
                        "PB-09 — Elke werkruimte heeft een werkende alarmknop die direct een beheerder waarschuwt."),
                new Change("licenceKinds[EB].renewalLeadTime", Kind.CHANGED, "P12W", "P16W"),
                new Change("enforcement.steps[PENALTY_ORDER].penalties[OPERATOR].amount", Kind.CHANGED, "5000", "7500"),
                new Change("enforcement.steps[PENALTY_ORDER].penalties[OPERATOR].maximum", Kind.CHANGED, "15000", "22500"),
                new Change("retention[SIGNAL_NOT_SUBSTANTIATED].period", Kind.CHANGED, "P1Y", "P6M"),
                new Change("dismissalReasons[AD_OFFLINE]", Kind.ADDED, null,
                        "AD_OFFLINE — Advertentie offline voordat er gecontroleerd kon worden"));
        assertThat(changes.getFirst().section()).isEqualTo("id");
        assertThat(changes.get(7).section()).isEqualTo("licenceKinds");
    }
}
