package frl.ienline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors.TestActor;
import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;

/**
 * Small numbers hidden on every output, the same way: in 2021 Harlingen received 3 applications (shown as
 * {@code <5}), Heerenveen 7 (hidden as {@code x}, else the regional total of 22 minus Leeuwarden's 12 would give
 * Harlingen's 3 back) and Leeuwarden 12 — on the dashboard, in the CSV, in the council report, in the open-data
 * API. Exports are logged and limited; a bad period is a problem+json 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingOutputsTests extends ReportingTesting {

    static final LocalDate DAY = LocalDate.of(2021, 5, 10);

    @BeforeAll
    void figuresOf2021() {
        applications("GM0080", DAY, 12);
        applications("GM0072", DAY, 3);
        applications("GM0074", DAY, 7);
    }

    @Test
    void theOpenDataApiShowsTheSmallNumberAsLessThanFiveAndHidesTheSecondCell() throws Exception {
        mvc.perform(get("/api/v1/statistieken").param("periode", "2021"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.periode").value("2021"))
                .andExpect(jsonPath("$.gemeenten.length()").value(18))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0072')].naam").value("Harlingen"))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0072')].maatstaven.aanvragen_ontvangen").value("<5"))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0074')].maatstaven.aanvragen_ontvangen").value("x"))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0080')].maatstaven.aanvragen_ontvangen").value(12))
                .andExpect(jsonPath("$.gemeenten[?(@.code == 'GM0096')].maatstaven.aanvragen_ontvangen").value(0));
    }

    @Test
    void theOpenDataApiIsInTheOpenApiDocument() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(document).contains("\"/statistieken\"", "\"Statistieken\"", "GemeenteStatistieken");
    }

    @Test
    void theOpenDataApiPublishesOnlyMeasuresFitForIt() throws Exception {
        String body = mvc.perform(get("/api/v1/statistieken").param("periode", "2021")).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains("aanvragen_ontvangen", "vergunningen_van_kracht")
                .doesNotContain("verplaatsingsalerts", "signalen_doorverwezen", "zorg_", "controle_bevindingen");
    }

    @Test
    void aMalformedPeriodIsAProblemOfTheParameter() throws Exception {
        for (String bad : new String[] {"2026-Q5", "twintig", "2026-13"}) {
            mvc.perform(get("/api/v1/statistieken").param("periode", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].where").value("periode"));
        }
        mvc.perform(get("/api/v1/statistieken")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/statistieken").param("periode", "2099")).andExpect(status().isBadRequest());
    }

    @Test
    void theDashboardShowsTheSameHiddenFigures() throws Exception {
        String page = page("/app/rapportage?periode=2021&maatstaf=aanvragen_ontvangen");

        assertThat(page).containsPattern("Harlingen</th>\\s*<td class=\"num\">&lt;5</td>")
                .containsPattern("Heerenveen</th>\\s*<td class=\"num\">x</td>")
                .containsPattern("Leeuwarden</th>\\s*<td class=\"num\">12</td>")
                .doesNotContainPattern("Harlingen</th>\\s*<td class=\"num\">3</td>");
        assertThat(page("/app/rapportage/gemeenten/GM0072?periode=2021")).contains("&lt;5")
                .doesNotContainPattern("<dd>3</dd>");
        assertThat(page("/app/rapportage/vergelijken?a=GM0072&b=GM0074&periode=2021"))
                .containsPattern("Aanvragen ontvangen</span>\\s*</th>\\s*<td class=\"num\">&lt;5</td>\\s*<td class=\"num\">x</td>");
    }

    @Test
    void theCsvShowsTheSameHiddenFiguresAndTheExportIsLogged() throws Exception {
        String csv = new String(mvc.perform(get("/app/rapportage/export.csv").param("tabel", "gemeenten")
                        .param("periode", "2021").with(TestActors.as(ADVISOR)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFperiode,gemeente_code,gemeente,aanvragen_ontvangen,")
                .contains("\r\n2021,GM0072,Harlingen,<5,").contains("\r\n2021,GM0074,Heerenveen,x,")
                .contains("\r\n2021,GM0080,Leeuwarden,12,");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.access_log WHERE actor_id = :a AND action = 'EXPORT'
                   AND object_type = 'statistics' AND object_id = 'gemeenten 2021'""")
                .param("a", ADVISOR.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCouncilReportShowsTheSameHiddenFiguresAndIsLoggedAsAPrint() throws Exception {
        byte[] pdf = mvc.perform(get("/app/rapportage/raadsrapportage.pdf").param("gemeente", "GM0072")
                        .param("periode", "2021").with(TestActors.as(ADVISOR)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Raadsrapportage sekswerk Harlingen, 2021", "Aanvragen ontvangen <5",
                    "Het aantal aanvragen ontvangen was <5 in 2021").doesNotContain("Aanvragen ontvangen 3");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Raadsrapportage sekswerk Harlingen, 2021");
        }
        String region = pdfText("/app/rapportage/raadsrapportage.pdf?periode=2021");
        assertThat(region).contains("Raadsrapportage sekswerk Regio Fryslân, 2021").containsPattern("Harlingen\\s+<5")
                .containsPattern("Heerenveen\\s+x");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.access_log WHERE actor_id = :a AND action = 'PRINT'
                   AND object_id = 'raadsrapportage 2021 GM0072'""")
                .param("a", ADVISOR.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBurstOfExportsIsRefusedWith429() throws Exception {
        TestActor hurried = TestActors.actor("SDF", Role.POLICY_ADVISOR, ALL);
        for (int i = 0; i < 40; i++) {
            mvc.perform(get("/app/rapportage/export.csv").param("tabel", "uitsplitsing").param("periode", "2021")
                    .with(TestActors.as(hurried))).andExpect(status().isOk());
        }
        mvc.perform(get("/app/rapportage/export.csv").param("tabel", "uitsplitsing").param("periode", "2021")
                .with(TestActors.as(hurried))).andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.access_log WHERE actor_id = :a AND result = 'DENIED'")
                .param("a", hurried.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownTableMunicipalityOrMeasureIsA400() throws Exception {
        mvc.perform(get("/app/rapportage/export.csv").param("tabel", "dossiers").with(TestActors.as(ADVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/app/rapportage/gemeenten/GM9999").with(TestActors.as(ADVISOR))).andExpect(status().isBadRequest());
        mvc.perform(get("/app/rapportage").param("maatstaf", "namen").with(TestActors.as(ADVISOR)))
                .andExpect(status().isBadRequest());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestActors.as(ADVISOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String pdfText(String path) throws Exception {
        byte[] pdf = mvc.perform(get(path).with(TestActors.as(ADVISOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
