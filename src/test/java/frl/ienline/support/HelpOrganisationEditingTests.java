package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Care editors maintain where-to-get-help data through the staff screens: validated input with an error
 * summary, review by a second editor before the portal shows anything, a version history, retirement.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HelpOrganisationEditingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier(frl.ienline.platform.CareCompartmentDatabase.DATA_SOURCE)
    DataSource care;

    final TestActors.TestActor author = TestActors.actor("FIER", Role.CARE_WORKER);
    final TestActors.TestActor reviewer = TestActors.actor("GGD", Role.CARE_WORKER);

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, TestActors.TestActor actor) throws Exception {
        return mvc.perform(request.with(csrf()).with(TestActors.as(actor))).andReturn().getResponse();
    }

    private String portal(String language) throws Exception {
        return mvc.perform(get("/portaal/info/hulp").param("lang", language)).andReturn().getResponse().getContentAsString();
    }

    private UUID openVersion(String code) {
        return JdbcClient.create(care).sql("SELECT id FROM support.help_organisation_version WHERE code = :c AND status IN ('DRAFT', 'IN_REVIEW')")
                .param("c", code).query(UUID.class).single();
    }

    @Test
    void invalidInputIsRefusedWithAnErrorSummaryNamingEachFieldAndWhatIsWrong() throws Exception {
        var response = perform(post("/app/ondersteuning/organisaties/nieuw").param("name", " ").param("address", "Kerkstraat 1")
                .param("phone", "bel ons").param("hours", "ma 9-17").param("website", "geen website")
                .param("description-pl", "x".repeat(501)), author);
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("class=\"error-summary\"");
        assertThat(html).contains("href=\"#name\"", "Geef een naam met letters");
        assertThat(html).contains("href=\"#phone\"", "Geef een telefoonnummer met 6 tot 15 cijfers");
        assertThat(html).contains("href=\"#website\"", "Geef een webadres");
        assertThat(html).contains("href=\"#languages\"", "Kies minstens één taal");
        assertThat(html).contains("href=\"#description-nl\"", "Beschrijf in het Nederlands");
        assertThat(html).contains("href=\"#description-pl\"", "hoogstens 500 tekens");
        assertThat(html).doesNotContain("href=\"#address\"", "href=\"#hours\"");
        assertThat(html).as("what was entered stays in the form").contains("value=\"Kerkstraat 1\"");
        assertThat(JdbcClient.create(care).sql("SELECT count(*) FROM support.help_organisation_version WHERE address = 'Kerkstraat 1'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNewOrganisationReachesThePortalOnlyAfterASecondEditorApprovesIt() throws Exception {
        var saved = perform(post("/app/ondersteuning/organisaties/nieuw").param("name", "Straatpastoraat Fryslân")
                .param("address", "Nieuwestad 1, 8911 CJ Leeuwarden").param("phone", "+31 58 123 45 67")
                .param("hours", "do 10.00–14.00").param("website", "https://example.org/straat")
                .param("languages", "nl", "ro", "bg").param("description-nl", "Een luisterend oor en koffie.")
                .param("description-ro", "O cafea și cineva care te ascultă."), author);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/app/ondersteuning/organisaties/straatpastoraat-fryslan?opgeslagen");
        assertThat(portal("nl")).doesNotContain("Straatpastoraat");

        UUID draft = openVersion("straatpastoraat-fryslan");
        assertThat(perform(post("/app/ondersteuning/organisaties/versies/" + draft + "/ter-review"), author).getStatus()).isEqualTo(302);
        assertThat(perform(post("/app/ondersteuning/organisaties/versies/" + draft + "/goedkeuren"), author).getStatus())
                .as("an editor cannot approve their own change").isEqualTo(403);
        assertThat(portal("nl")).doesNotContain("Straatpastoraat");
        String list = perform(get("/app/ondersteuning/organisaties"), reviewer).getContentAsString();
        assertThat(list).contains("Straatpastoraat Fryslân", "/app/ondersteuning/organisaties/versies/" + draft + "/goedkeuren");
        assertThat(perform(post("/app/ondersteuning/organisaties/versies/" + draft + "/goedkeuren"), reviewer).getStatus()).isEqualTo(302);

        String romanian = portal("ro");
        assertThat(romanian).contains("Straatpastoraat Fryslân", "+31 58 123 45 67", "do 10.00–14.00", "example.org/straat");
        assertThat(romanian).contains("<p lang=\"ro\">O cafea și cineva care te ascultă.</p>");
        assertThat(romanian).contains("<span lang=\"bg\">Български</span>");
        assertThat(portal("pl")).as("no Polish description: the Dutch one, marked as Dutch")
                .contains("<p lang=\"nl\">Een luisterend oor en koffie.</p>");
        String edit = perform(get("/app/ondersteuning/organisaties/straatpastoraat-fryslan"), author).getContentAsString();
        assertThat(edit).contains("gepubliceerd", "value=\"+31 58 123 45 67\"");
    }

    @Test
    void aChangeToASeededOrganisationIsVersionedAndClearsTheExampleMark() throws Exception {
        String before = portal("en");
        assertThat(before).contains("058 215 70 83");
        var saved = perform(post("/app/ondersteuning/organisaties/fier").param("name", "Fier").param("address", "Holstmeerweg 1, 8936 AS Leeuwarden")
                .param("phone", "088 20 80 000").param("hours", "ma–vr 9.00–17.00").param("website", "fier.nl")
                .param("languages", "nl", "en").param("description-nl", "Hulp bij geweld, uitstappen en mensenhandel.")
                .param("description-en", "Help with violence, leaving sex work and trafficking.").param("submit", "true"), author);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(portal("en")).as("not live before review").contains("058 215 70 83");
        assertThat(perform(post("/app/ondersteuning/organisaties/versies/" + openVersion("fier") + "/goedkeuren"), reviewer)
                .getStatus()).isEqualTo(302);
        String after = portal("en");
        assertThat(after).contains("088 20 80 000", "Help with violence, leaving sex work and trafficking.").doesNotContain("058 215 70 83");
        assertThat(JdbcClient.create(care).sql("SELECT is_example FROM support.help_organisation WHERE code = 'fier'")
                .query(Boolean.class).single()).as("an editor has checked the data").isFalse();
        assertThat(JdbcClient.create(care).sql("SELECT status FROM support.help_organisation_version WHERE code = 'fier' ORDER BY version")
                .query(String.class).list()).containsExactly("SUPERSEDED", "PUBLISHED");
        String history = perform(get("/app/ondersteuning/organisaties/fier"), author).getContentAsString();
        assertThat(history).contains("Versiegeschiedenis", "vervangen", "gepubliceerd");
    }

    @Test
    void retiringAnOrganisationIsReviewedAndThenItLeavesThePortal() throws Exception {
        assertThat(portal("nl")).contains("Leger des Heils");
        assertThat(perform(post("/app/ondersteuning/organisaties/leger-des-heils/opheffen"), author).getStatus()).isEqualTo(302);
        assertThat(portal("nl")).as("still shown while in review").contains("Leger des Heils");
        UUID proposal = openVersion("leger-des-heils");
        var refused = perform(post("/app/ondersteuning/organisaties/leger-des-heils/opheffen"), author);
        assertThat(refused.getContentAsString()).contains("href=\"#status\"", "al een wijziging van deze organisatie open");
        assertThat(perform(post("/app/ondersteuning/organisaties/versies/" + proposal + "/goedkeuren"), reviewer).getStatus()).isEqualTo(302);
        assertThat(portal("nl")).doesNotContain("Leger des Heils");
        assertThat(perform(get("/app/ondersteuning/organisaties"), author).getContentAsString())
                .contains("Leger des Heils", "niet meer getoond");
    }

    @Test
    void aRejectedChangeKeepsThePublishedDataAndRecordsTheNote() throws Exception {
        perform(post("/app/ondersteuning/organisaties/ggd").param("name", "GGD Fryslân").param("address", "Ergens anders 1")
                .param("phone", "088 22 99 222").param("hours", "woensdag").param("languages", "nl")
                .param("description-nl", "Spreekuur.").param("submit", "true"), author);
        UUID version = openVersion("ggd");
        assertThat(perform(post("/app/ondersteuning/organisaties/versies/" + version + "/afwijzen").param("note", "Adres klopt niet"),
                reviewer).getStatus()).isEqualTo(302);
        assertThat(portal("nl")).contains("Harlingertrekweg 58").doesNotContain("Ergens anders 1");
        assertThat(perform(get("/app/ondersteuning/organisaties/ggd"), author).getContentAsString()).contains("Adres klopt niet", "afgewezen");
    }
}
