package frl.ienline.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The sounding board's advice appears on the rulebook page next to its version — and nobody's name does. */
@SpringBootTest
@AutoConfigureMockMvc
class AdviceOnRulebookPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    SoundingBoard board;
    @Autowired
    Clock clock;

    @Test
    void recordedAdviceIsShownOnTheRulebookPageWithoutWhoGaveIt() throws Exception {
        String workingName = "Advieslid" + UUID.randomUUID().toString().substring(0, 6);
        UUID member = members.signUp(workingName, "een-lang-wachtwoord", null, false, "nl").orElseThrow();
        board.join(member, true);
        var coordinator = TestActors.actor("FIER", Role.SOUNDING_BOARD_COORDINATOR);
        AtomicReference<UUID> consultation = new AtomicReference<>();
        TestActors.runAs(coordinator, () -> consultation.set(board.openConsultation("Alarmknop in elke werkkamer",
                "2027.1", "Voorschrift PB-09: een alarmknop in elke werkkamer.", LocalDate.now(clock).plusDays(14))));
        board.respond(member, consultation.get(), "Ja, en laat de knop bij de hulpverlening uitkomen. " + workingName);
        TestActors.runAs(coordinator, () -> board.recordAdvice(consultation.get(),
                "De groep steunt PB-09 en vraagt om opvolging door de hulpverlening."));

        var officer = TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080");
        String page = mvc.perform(get("/app/regelset").with(TestActors.as(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Advies van de klankbordgroep")
                .contains("De groep steunt PB-09 en vraagt om opvolging door de hulpverlening.")
                .contains("Alarmknop in elke werkkamer")
                .doesNotContain(workingName)
                .doesNotContain("laat de knop bij de hulpverlening uitkomen");
    }
}
