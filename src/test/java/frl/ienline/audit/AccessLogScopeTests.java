package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.audit.internal.AccessLogAppender;
import frl.ienline.platform.EmbeddedPostgresServer;
import frl.ienline.register.RegisterFixtures;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need-to-know in the access log (review M10): a municipality's privacy officer sees the entries of their
 * own organisation and those about their municipality's records, not the rest of the region; the regional
 * auditor sees all; in the list, in "who saw" and in the export alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessLogScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccessLogAppender appender;
    @Autowired
    EmbeddedPostgresServer server;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LicenceApplications applications;

    final TestActor leeuwardenOfficer = TestActors.actor("GM0080", Role.PRIVACY_OFFICER, "GM0080");
    final TestActor smallingerlandOfficer = TestActors.actor("GM0090", Role.PRIVACY_OFFICER, "GM0090");
    final TestActor regional = TestActors.actor("SDF", Role.REGIONAL_AUDITOR);

    @BeforeEach
    @AfterEach
    void emptyLog() {
        Superuser.emptyTheLog(server);
    }

    @Test
    void aPrivacyOfficerSeesTheirOrganisationAndTheirMunicipalitysRecordsOnly() throws Exception {
        seed();
        String leeuwarden = page(leeuwardenOfficer, "/app/toegangslog");
        assertThat(leeuwarden).contains("colleague-in-leeuwarden").contains("police-on-a-leeuwarden-file")
                .doesNotContain("police-on-a-smallingerland-file").doesNotContain("riec-regional-search");

        String smallingerland = page(smallingerlandOfficer, "/app/toegangslog");
        assertThat(smallingerland).contains("police-on-a-smallingerland-file")
                .doesNotContain("colleague-in-leeuwarden").doesNotContain("police-on-a-leeuwarden-file")
                .doesNotContain("riec-regional-search");

        String region = page(regional, "/app/toegangslog");
        assertThat(region).contains("colleague-in-leeuwarden").contains("police-on-a-leeuwarden-file")
                .contains("police-on-a-smallingerland-file").contains("riec-regional-search");
    }

    @Test
    void whoSawAndTheExportAreScopedTheSameWay() throws Exception {
        seed();
        String whoSaw = page(leeuwardenOfficer, "/app/toegangslog/inzage?subject=PS-1");
        assertThat(whoSaw).contains("police-on-a-leeuwarden-file").doesNotContain("police-on-a-smallingerland-file");
        String csv = page(leeuwardenOfficer, "/app/toegangslog/inzage.csv?subject=PS-1");
        assertThat(csv).contains("police-on-a-leeuwarden-file").doesNotContain("police-on-a-smallingerland-file");
        assertThat(page(regional, "/app/toegangslog/inzage.csv?subject=PS-1"))
                .contains("police-on-a-leeuwarden-file").contains("police-on-a-smallingerland-file");
    }

    @Test
    void aLicenceFileViewIsAnEntryAboutItsMunicipality() throws Exception {
        UUID file = RegisterFixtures.inAssessment(applications, RegisterFixtures.LEEUWARDEN,
                RegisterFixtures.club("GM0080", "Club Scope " + UUID.randomUUID()), RegisterFixtures.person("A. Scope", "1980-01-01"),
                RegisterFixtures.managers("B. Scope", "1981-01-01"));
        // a licensing officer of another municipality reads the (reduced) file: the regional read of the register
        RegisterFixtures.as(RegisterFixtures.SUDWEST, () -> applications.view(file));
        assertThat(jdbc.sql("SELECT municipality FROM audit.access_log WHERE object_id = :id AND action = 'VIEW'"
                + " AND actor_organisation = 'GM1900'").param("id", file.toString()).query(String.class).list())
                .containsExactly("GM0080");
        // so Leeuwarden's privacy officer sees who of Súdwest-Fryslân read a Leeuwarden file
        assertThat(page(leeuwardenOfficer, "/app/toegangslog?actor=" + RegisterFixtures.SUDWEST.username()))
                .contains(file.toString());
    }

    @Test
    void theRegionalAuditorIsNoCareRoleAndOnlyAuditorsGetIn() throws Exception {
        assertThat(Role.REGIONAL_AUDITOR.compartment()).isEqualTo(frl.ienline.shared.Compartment.NONE);
        for (Role role : Role.values()) {
            if (role == Role.PRIVACY_OFFICER || role == Role.REGIONAL_AUDITOR) {
                continue;
            }
            mvc.perform(get("/app/toegangslog").with(TestActors.as(TestActors.actor("SDF", role, "GM0080"))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/app/toegangslog").with(TestActors.as(regional))).andExpect(status().isOk());
    }

    private void seed() {
        append("colleague-in-leeuwarden", "GM0080", null, "c-1");
        append("police-on-a-leeuwarden-file", "POLITIE-NN", "GM0080", "c-2");
        append("police-on-a-smallingerland-file", "POLITIE-NN", "GM0090", "c-3");
        append("riec-regional-search", "RIEC-NN", null, "c-4");
    }

    private void append(String actorName, String organisation, String municipality, String objectId) {
        appender.append(new AccessEvent(UUID.randomUUID(), actorName, "INSPECTOR", organisation, Action.VIEW,
                "supervision-case", objectId, "PS-1", "supervision", Result.ALLOWED, Instant.parse("2026-11-01T10:00:00Z"),
                municipality == null ? null : MunicipalityCode.of(municipality)));
    }

    private String page(TestActor actor, String url) throws Exception {
        return mvc.perform(get(url).with(TestActors.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
