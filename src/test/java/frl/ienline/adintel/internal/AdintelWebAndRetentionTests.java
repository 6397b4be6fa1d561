package frl.ienline.adintel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.MutableClock;
import frl.ienline.TestActors;
import frl.ienline.adintel.AdHolds;
import frl.ienline.adintel.AdSightings;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The upload page and the API on the one import path; retention with holds; demo data. */
@SpringBootTest(properties = "ienline.demo.enabled=true")
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class AdintelWebAndRetentionTests {

    static final Actor ANALYST = TestActors.actor("RIEC", Role.RIEC_ANALYST, "GM0080");
    static final Actor OFFICER = TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AdRetention retention;
    @Autowired
    AdSightings sightings;
    @Autowired
    AdHolds holds;
    @Autowired
    MutableClock clock;

    @Test
    void demoModeImportsGeneratedAdsOnceThroughTheImportPath() {
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.import WHERE source_kind = 'DEMO' AND demo").query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.ad WHERE demo AND municipality IS NOT NULL").query(Integer.class)
                .single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.ad WHERE network_id IS NOT NULL").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.mobility_move").query(Integer.class).single()).isPositive();
    }

    @Test
    void apiAnswers201OrAProblemWithEveryError() throws Exception {
        String good = AdImportTests.line("api-1", "2026-11-20T10:15:00Z", "Via de API", "0612345001", "Leeuwarden");
        mvc.perform(post("/api/v1/advertenties/imports").with(TestActors.as(ANALYST)).with(csrf())
                        .contentType("application/x-ndjson").content(good + "\n"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nieuweSnapshots").value(1))
                .andExpect(jsonPath("$.importId").isNotEmpty());
        mvc.perform(post("/api/v1/advertenties/imports").with(TestActors.as(ANALYST)).with(csrf())
                        .contentType("application/x-ndjson")
                        .content(good.replace("api-1", "api-2") + "\n{\"source\":\"x\"}\n" + good.replace("2026-11-20T10:15:00Z", "gisteren")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[?(@.line == 3)].field").value("capturedAt"))
                .andExpect(jsonPath("$.totalErrors").value(4));
        assertThat(jdbc.sql("SELECT count(*) FROM adintel.ad WHERE source_ad_id = 'api-2'").query(Integer.class).single())
                .isZero();
        mvc.perform(post("/api/v1/advertenties/imports").with(TestActors.as(OFFICER)).with(csrf())
                .contentType("application/x-ndjson").content(good)).andExpect(status().isForbidden());
    }

    @Test
    void uploadPageShowsTheResultOrTheErrorList() throws Exception {
        String good = AdImportTests.line("ui-1", "2026-11-20T10:15:00Z", "Via de pagina", "0612345002", "Leeuwarden");
        mvc.perform(multipart("/app/advertenties/import").file(new MockMultipartFile("file", "ads.jsonl",
                        "application/x-ndjson", good.getBytes(StandardCharsets.UTF_8))).with(TestActors.as(ANALYST)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("import-result")));
        mvc.perform(multipart("/app/advertenties/import").file(new MockMultipartFile("file", "ads.jsonl",
                        "application/x-ndjson", "{\"x\":1}\n".getBytes(StandardCharsets.UTF_8))).with(TestActors.as(ANALYST))
                        .with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("import-errors")))
                .andExpect(content().string(containsString("Regel 1")));
    }

    @Test
    void retentionDeletesUnlinkedAdsAfterThePeriodAndKeepsHeldOnes() {
        String held = AdImportTests.line("ret-held", "2026-11-20T10:15:00Z", "Bewaard voor een zaak", "0612345003", "Sneek");
        String other = AdImportTests.line("ret-gone", "2026-11-20T10:15:00Z", "Weg na de termijn", "0612345004", "Sneek");
        ImportOutcome.Completed done = (ImportOutcome.Completed) importAs(held + "\n" + other);
        String heldId = sightings.ofImport(done.importId()).getFirst().adId();
        holds.hold(heldId, "supervision-case:" + UUID.randomUUID());
        UUID goneSnapshot = jdbc.sql("SELECT id FROM adintel.snapshot WHERE source_ad_id = 'ret-gone'").query(UUID.class)
                .single();
        assertThat(derivedRows(goneSnapshot)).isPositive();
        clock.shift(Duration.ofDays(3650));
        try {
            AdRetention.Run dry = retention.run(true);
            assertThat(dry.ads()).isPositive();
            assertThat(jdbc.sql("SELECT count(*) FROM adintel.ad WHERE source_ad_id = 'ret-gone'").query(Integer.class)
                    .single()).isEqualTo(1);
            AdRetention.Run run = retention.run(false);
            assertThat(run.ads()).isEqualTo(dry.ads());
            assertThat(jdbc.sql("SELECT count(*) FROM adintel.ad WHERE source_ad_id = 'ret-gone'").query(Integer.class)
                    .single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM adintel.snapshot WHERE body LIKE 'Weg na de termijn%'")
                    .query(Integer.class).single()).isZero();
            assertThat(derivedRows(goneSnapshot)).as("entities, indicators and moves go with their snapshot").isZero();
            assertThat(sightings.latest(heldId)).isPresent();
            assertThat(jdbc.sql("SELECT count(*) FROM adintel.destruction WHERE NOT dry_run AND ads_deleted = ?")
                    .param(run.ads()).query(Integer.class).single()).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Autowired
    AdImports imports;

    int derivedRows(UUID snapshot) {
        return jdbc.sql("SELECT (SELECT count(*) FROM adintel.entity WHERE snapshot_id = :s)"
                + " + (SELECT count(*) FROM adintel.indicator WHERE snapshot_id = :s)"
                + " + (SELECT count(*) FROM adintel.mobility_move WHERE snapshot_id = :s)").param("s", snapshot)
                .query(Integer.class).single();
    }

    ImportOutcome importAs(String text) {
        return imports.importAsSystem(AdImportTests.bytes(text), ImportSource.COMMAND, false);
    }
}
