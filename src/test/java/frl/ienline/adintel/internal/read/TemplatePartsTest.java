package frl.ienline.adintel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.cluster.Template;
import frl.ienline.adintel.engine.cluster.TemplateBuilder;
import frl.ienline.adintel.internal.read.AdViews.TemplatePart;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatePartsTest {

    @Test
    void slotsCarryTheRepresentativesValueAndSpacesComeBackBetweenParts() {
        Template template = new TemplateBuilder().build(List.of(
                "Hoi ik ben Anna en ik werk graag in Drachten bij mij thuis",
                "Hoi ik ben Bella en ik werk graag in Sneek bij mij thuis",
                "Hoi ik ben Chloe en ik werk graag in Joure bij mij thuis"));
        List<TemplatePart> parts = AdBrowsing.parts(template);

        String representative = List.of("Anna", "Bella", "Chloe").get(template.representative());
        assertThat(parts).filteredOn(TemplatePart::isSlot).extracting(TemplatePart::slot).containsExactly(1, 2);
        assertThat(parts).filteredOn(TemplatePart::isSlot).first().satisfies(p -> {
            assertThat(p.text()).isEqualTo(representative);
            assertThat(p.major()).isTrue();
            assertThat(p.cssClass()).isEqualTo("hl hl--slot");
        });
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        assertThat(text.toString()).startsWith("Hoi ik ben " + representative + " en ik werk graag in").endsWith("bij mij thuis");
    }

    @Test
    void aWordSomeMembersLeaveOutIsAMinorSlot() {
        Template template = new TemplateBuilder().build(List.of(
                "Hoi ik ben Anna en ik werk echt graag bij mij thuis in de stad",
                "Hoi ik ben Anna en ik werk graag bij mij thuis in de stad",
                "Hoi ik ben Anna en ik werk graag bij mij thuis in de stad"));
        assertThat(template.slots()).isNotEmpty().allSatisfy(slot -> assertThat(AdBrowsing.major(slot)).isFalse());
        assertThat(AdBrowsing.parts(template)).filteredOn(TemplatePart::isSlot)
                .allSatisfy(p -> assertThat(p.cssClass()).contains("hl--slot-minor"));
    }
}
