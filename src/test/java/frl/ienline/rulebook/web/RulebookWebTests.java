package frl.ienline.rulebook.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public API answers without login in the documented shape; the staff page needs a signed-in actor. */
@SpringBootTest
@AutoConfigureMockMvc
class RulebookWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Rulebook rulebook;

    @Test
    void municipalitiesArePublicWithTheirParticipationMarkedAsAnExample() throws Exception {
        mvc.perform(get("/api/v1/gemeenten"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.regelset").value(rulebook.active().id()))
                .andExpect(jsonPath("$.deelnameIsVoorbeeld").value(true))
                .andExpect(jsonPath("$.toelichtingDeelname", containsString("oorbeeld")))
                .andExpect(jsonPath("$.gemeenten", hasSize(18)))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM1900')].naam", hasItem("Súdwest-Fryslân")))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0080')].bevoegdGezag", hasItem("BURGEMEESTER")))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0080')].neemtDeelAanToezichtteam", hasItem(true)))
                .andExpect(jsonPath("$.gemeenten[?(@.neemtDeelAanToezichtteam == true)]", hasSize(11)))
                .andExpect(jsonPath("$.gemeenten[0].notificationEmail").doesNotExist());
    }

    @Test
    void theActiveRulebookIsPublicAsJson() throws Exception {
        mvc.perform(get("/api/v1/regelset"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.versie").value(rulebook.active().id()))
                .andExpect(jsonPath("$.ingangsdatum").value(rulebook.active().effectiveFrom().toString()))
                .andExpect(jsonPath("$.toezichtteam.isVoorbeeld").value(true))
                .andExpect(jsonPath("$.vergunningsoorten[?(@.code == 'PB')].beslistermijn", hasItem("P8W")))
                .andExpect(jsonPath("$.vergunningsoorten[?(@.code == 'PB')].geldigheidsduur", hasItem("P3Y")))
                .andExpect(jsonPath("$.vergunningsoorten[?(@.code == 'PB')].minimumleeftijden.sekswerker", hasItem(21)))
                .andExpect(jsonPath("$.vergunningen.vergunningnummer.voorbeeld").value("FRL-0080-PB-0012"))
                .andExpect(jsonPath("$.procedure.bezwaartermijn").value("P6W"))
                .andExpect(jsonPath("$.handhavingsladder[0].code").value("WARNING"))
                .andExpect(jsonPath("$.handhavingsladder[?(@.code == 'PENALTY_ORDER')].dwangsommen[*].overtreder",
                        hasItem("SEX_WORKER")))
                .andExpect(jsonPath("$.handhavingsladder[?(@.code == 'INTENT')].zienswijzetermijn", hasItem("P2W")))
                .andExpect(jsonPath("$.bewaartermijnen", hasSize(8)))
                .andExpect(jsonPath("$.grondslagen[*].code", hasItem("WGS")))
                .andExpect(jsonPath("$.afsluitredenen[*].code", hasItem("OUTSIDE_FRYSLAN")));
    }

    @Test
    void textsAreEnglishOnRequest() throws Exception {
        mvc.perform(get("/api/v1/regelset").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titel", containsString("Regional sex work policy framework")))
                .andExpect(jsonPath("$.vergunningsoorten[?(@.code == 'EB')].naam", hasItem("Escort business")));
    }

    @Test
    void bothEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/gemeenten'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/regelset'].get.summary").exists());
    }

    @Test
    void theStaffPageNeedsASignedInActor() throws Exception {
        mvc.perform(get("/app/regelset"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void aSignedInActorOfAnyRoleSeesTheActiveVersionAndTheDifference() throws Exception {
        var actor = TestActors.actor("GGD", Role.CARE_WORKER);

        mvc.perform(get("/app/regelset").param("van", "2026.1").param("naar", "2027.1").with(TestActors.as(actor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Regionale regelset sekswerk</h1>")))
                .andExpect(content().string(containsString("Actieve versie: " + rulebook.active().id())))
                .andExpect(content().string(containsString("Súdwest-Fryslân")))
                .andExpect(content().string(containsString(">voorbeeld<")))
                .andExpect(content().string(containsString("voorbeeldadres")))
                .andExpect(content().string(containsString("8 weken")))
                .andExpect(content().string(containsString("€ 5.000 per overtreding")))
                .andExpect(content().string(containsString("vergunningsoorten › Escortbedrijf › aanvraagtermijn verlenging")))
                .andExpect(content().string(not(containsString("licenceKinds[EB]"))))
                .andExpect(content().string(containsString("P16W")))
                .andExpect(content().string(containsString("redenen om af te sluiten › Advertentie offline voordat")))
                .andExpect(content().string(not(containsString("dismissalReasons[AD_OFFLINE]"))))
                .andExpect(content().string(containsString("class=\"diff-added\"")))
                .andExpect(content().string(containsString("class=\"diff-changed\"")))
                .andExpect(content().string(not(containsString("th:"))));
    }

    @Test
    void theStaffPageSpeaksEnglishToo() throws Exception {
        mvc.perform(get("/app/regelset").param("lang", "en").param("van", "2027.1").param("naar", "2026.1")
                        .with(TestActors.as(TestActors.actor("GM0080", Role.INSPECTOR, "GM0080"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Regional sex work rulebook")))
                .andExpect(content().string(containsString("8 weeks")))
                .andExpect(content().string(containsString("Differences from 2027.1 to 2026.1")));
    }

    @Test
    void anUnknownVersionIsRejected() throws Exception {
        mvc.perform(get("/app/regelset").param("van", "1999.1")
                        .with(TestActors.as(TestActors.actor("GM0080", Role.POLICY_ADVISOR, "GM0080"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Versie 1999.1 bestaat niet.")));
    }
}
