package frl.ienline.adintel.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateBuilderTest {

    @Test
    void commonTextAndSlotsWithEachMembersValues() {
        List<String> texts = List.of(
                "Hoi heren, ik ben Anna, 23 jaar. Nieuw in Drachten! Bel 0612345678.",
                "Hoi heren, ik ben Lisa, 31 jaar. Nieuw in Sneek! Bel 0687654321.",
                "Hoi heren, ik ben Mila, 19 jaar. Nieuw in Dokkum! Bel 0611122233.");
        Template template = new TemplateBuilder().build(texts);
        assertThat(template.members()).isEqualTo(3);
        assertThat(template.outline()).isEqualTo("Hoi heren, ik ben [1] jaar. Nieuw in [2]! Bel [3].");
        List<Template.Slot> slots = template.slots();
        assertThat(slots.get(0).values()).containsExactly("Anna, 23", "Lisa, 31", "Mila, 19");
        assertThat(slots.get(1).values()).containsExactly("Drachten", "Sneek", "Dokkum");
        assertThat(slots.get(2).values()).containsExactly("0612345678", "0687654321", "0611122233");
    }

    @Test
    void insertedAndMissingWordsBecomeSlotsToo() {
        List<String> texts = List.of(
                "Welkom bij mij voor een heerlijke massage in alle rust",
                "Welkom bij mij voor een echt heerlijke massage in alle rust",
                "Welkom bij mij voor een heerlijke massage in alle rust");
        Template template = new TemplateBuilder().build(texts);
        assertThat(template.slots()).singleElement().satisfies(slot ->
                assertThat(slot.distinctValues()).containsExactlyInAnyOrder("", "echt"));
    }

    @Test
    void oneTextIsAllCommon() {
        Template template = new TemplateBuilder().build(List.of("Alleen ik"));
        assertThat(template.outline()).isEqualTo("Alleen ik");
        assertThat(template.slots()).isEmpty();
    }
}
