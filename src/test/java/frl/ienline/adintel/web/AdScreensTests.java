package frl.ienline.adintel.web;

import static frl.ienline.TestActors.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.adintel.internal.AdImports;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ad screens on the real database with ads imported through the real import: what each page shows, that
 * identifiers and text reach only the roles that need them, that scope is applied, and that every view writes
 * one access-log entry (denied ones too).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AdScreensTests {

    static final String[] ALL = {"GM0059", "GM0060", "GM1891", "GM1940", "GM0072", "GM0074", "GM0080", "GM1970",
            "GM0085", "GM0086", "GM0088", "GM0090", "GM1900", "GM0093", "GM0737", "GM0096", "GM1949", "GM0098"};

    static final TestActor ANALYST = actor("RIEC-NN", Role.RIEC_ANALYST, ALL);
    static final TestActor INSPECTOR_LEEUWARDEN = actor("GM0080", Role.INSPECTOR, "GM0080");
    static final TestActor COORDINATOR = actor("GM0080", Role.TEAM_COORDINATOR, ALL);
    static final TestActor OFFICER_LEEUWARDEN = actor("GM0080", Role.LICENSING_OFFICER, "GM0080");

    @Autowired
    MockMvc mvc;

    @Autowired
    AdImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void ads() {
        AdScreenFixtures.importOnce(imports);
        events.clear();
    }

    private String page(MockHttpServletRequestBuilder request, TestActor as) throws Exception {
        return mvc.perform(request.with(TestActors.as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<AccessEvent> access() {
        return events.stream(AccessEvent.class).toList();
    }

    // ---------------------------------------------------------------- list

    @Test
    void theAnalystSeesEveryAdIncludingOutsideFryslanWithCountsAndOneSearchEntry() throws Exception {
        String html = page(get("/app/advertenties"), ANALYST);
        assertThat(html).contains("Nieuw in Leeuwarden", "Nieuw in Drachten", "Nieuw in Heerenveen", "Groningen centrum")
                .contains("Buiten Fryslân of onbekend").contains("<h1>Advertenties</h1>");
        // the guard: the largest cluster and network and their share, for those who see every ad (ADR 0018)
        assertThat(html).contains("id=\"largest-groups\"").containsPattern("Grootste tekstcluster: \\d+ advertentie\\(s\\) \\(\\d+,\\d\\d %");
        assertThat(html).contains("&lt;b&gt;Club&lt;/b&gt; Noord").doesNotContain("<b>Club</b>");
        assertThat(access()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.SEARCH);
            assertThat(e.objectType()).isEqualTo("ad");
            assertThat(e.result()).isEqualTo(Result.ALLOWED);
            assertThat(e.actorName()).isEqualTo(ANALYST.username());
        });
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        assertThat(page(get("/app/advertenties").param("gemeente", "GM0090"), ANALYST))
                .contains("Nieuw in Drachten").doesNotContain("Nieuw in Leeuwarden").contains("1 advertentie(s) gevonden");
        assertThat(page(get("/app/advertenties").param("gemeente", "BUITEN"), ANALYST))
                .contains("Groningen centrum").doesNotContain("Nieuw in Drachten");
        assertThat(page(get("/app/advertenties").param("vergunning", "INVALID_LICENCE"), ANALYST))
                .contains("Club").doesNotContain("Nieuw in Drachten");
        assertThat(page(get("/app/advertenties").param("indicator", "AVAILABLE_24_7"), ANALYST))
                .contains("Nieuw in Drachten").doesNotContain("Groningen centrum");
        assertThat(page(get("/app/advertenties").param("bron", "other.example"), ANALYST))
                .contains("Nieuw in Heerenveen").doesNotContain("Nieuw in Drachten");
        assertThat(page(get("/app/advertenties").param("van", "2026-11-14").param("tot", "2026-11-30"), ANALYST))
                .contains("Nieuw in Heerenveen").doesNotContain("Nieuw in Drachten");
    }

    @Test
    void badFiltersAre400NeverA500() throws Exception {
        for (String[] bad : List.of(new String[] {"gemeente", "Leeuwarden"}, new String[] {"vergunning", "x"},
                new String[] {"van", "1-11-2026"}, new String[] {"indicator", "<script>"})) {
            mvc.perform(get("/app/advertenties").param(bad[0], bad[1]).with(TestActors.as(ANALYST)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/app/advertenties").param("van", "2026-11-20").param("tot", "2026-11-01")
                .with(TestActors.as(ANALYST))).andExpect(status().isBadRequest());
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String fragment = page(get("/app/advertenties").param("gemeente", "GM0074").header("HX-Request", "true"), ANALYST);
        assertThat(fragment).contains("id=\"ad-results\"", "Nieuw in Heerenveen").doesNotContain("<html", "<h1");
    }

    @Test
    void aLicensingOfficerListsOnlyTheOwnMunicipalityWithoutTitles() throws Exception {
        String html = page(get("/app/advertenties"), OFFICER_LEEUWARDEN);
        assertThat(html).doesNotContain("largest-groups");
        assertThat(html).contains("2 advertentie(s) gevonden").doesNotContain("Nieuw in Drachten", "Groningen",
                "Nieuw in Leeuwarden");
    }

    // ---------------------------------------------------------------- the ad page

    @Test
    void theAdPageHighlightsEntitiesAndIndicatorsByTheirSpans() throws Exception {
        UUID t1 = AdScreenFixtures.ad(jdbc, "t-1");
        TestActor analyst = actor("RIEC-ONCE", Role.RIEC_ANALYST, ALL); // a name no other test uses
        String html = page(get("/app/advertenties/{id}", t1), analyst);
        assertThat(html).containsPattern("<mark class=\"hl hl--phone\"[^>]*>06-11112222</mark>")
                .containsPattern("<mark class=\"hl hl--indicator[^\"]*\"[^>]*>nieuw in")
                .containsPattern("<mark class=\"hl hl--indicator\"[^>]*>Dag en nacht</mark>")
                .contains("+31611112222")
                .contains("Ook in het weekend.")
                .contains("Geen vergunningnummer", "Er staat geen vergunningnummer in de advertentie.")
                .contains("id=\"cluster-link\"", "id=\"network-link\"");
        String hash = jdbc.sql("SELECT content_hash FROM adintel.snapshot s JOIN adintel.ad a ON a.latest_snapshot_id = s.id"
                + " WHERE a.id = :id").param("id", t1).query(String.class).single();
        assertThat(html).contains(hash);
        assertThat(html).contains("Momentopnamen van deze advertentie (2)");
        assertThat(access()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.VIEW);
            assertThat(e.objectType()).isEqualTo("ad");
            assertThat(e.objectId()).isEqualTo(t1.toString());
            assertThat(e.result()).isEqualTo(Result.ALLOWED);
        });
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.access_log
                WHERE object_type = 'ad' AND object_id = :id AND action = 'VIEW' AND result = 'ALLOWED'
                  AND actor_name = :who AND purpose = 'ad-monitoring'""")
                .param("id", t1.toString()).param("who", analyst.username()).query(Long.class).single())
                .as("the entry is in the access log itself").isEqualTo(1);
    }

    @Test
    void anOlderSnapshotCanBeOpenedAndAForeignSnapshotIsNotFound() throws Exception {
        UUID t1 = AdScreenFixtures.ad(jdbc, "t-1");
        UUID first = jdbc.sql("SELECT id FROM adintel.snapshot WHERE ad_id = :id ORDER BY captured_at LIMIT 1")
                .param("id", t1).query(UUID.class).single();
        assertThat(page(get("/app/advertenties/{id}", t1).param("momentopname", first.toString()), ANALYST))
                .contains("U bekijkt een oudere momentopname").doesNotContain("Ook in het weekend.");
        UUID other = jdbc.sql("SELECT latest_snapshot_id FROM adintel.ad WHERE id = :id")
                .param("id", AdScreenFixtures.ad(jdbc, "t-2")).query(UUID.class).single();
        mvc.perform(get("/app/advertenties/{id}", t1).param("momentopname", other.toString()).with(TestActors.as(ANALYST)))
                .andExpect(status().isNotFound());
    }

    @Test
    void markupInAnAdStaysText() throws Exception {
        String html = page(get("/app/advertenties/{id}", AdScreenFixtures.ad(jdbc, "t-4")), ANALYST);
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("info@clubnoord.example").contains("FRL-0080-PB-0001")
                .contains("Ongeldig vergunningnummer");
    }

    @Test
    void aLicensingOfficerSeesTheOwnAdWithoutTextAndWithMaskedIdentifiers() throws Exception {
        String html = page(get("/app/advertenties/{id}", AdScreenFixtures.ad(jdbc, "t-1")), OFFICER_LEEUWARDEN);
        assertThat(html).contains("+316••••••22").doesNotContain("+31611112222", "06-11112222", "lieve mannen", "<mark class=\"hl hl--phone")
                .doesNotContain("id=\"cluster-link\"", "id=\"network-link\"").contains("Geen vergunningnummer")
                .containsPattern("\\+316••••••22</td>\\s*<td>in de tekst</td>");
        assertThat(access()).singleElement().satisfies(e -> assertThat(e.result()).isEqualTo(Result.ALLOWED));
        events.clear();
        UUID drachten = AdScreenFixtures.ad(jdbc, "t-2");
        mvc.perform(get("/app/advertenties/{id}", drachten).with(TestActors.as(OFFICER_LEEUWARDEN)))
                .andExpect(status().isNotFound());
        assertThat(access()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(Result.DENIED);
            assertThat(e.objectId()).isEqualTo(drachten.toString());
        });
    }

    // ---------------------------------------------------------------- cluster and network

    @Test
    void theClusterPageShowsTheTemplateWithItsSlots() throws Exception {
        UUID cluster = AdScreenFixtures.cluster(jdbc);
        String html = page(get("/app/advertenties/clusters/{id}", cluster), ANALYST);
        assertThat(html).contains("Tekstcluster van 3 advertentie(s)").contains("hl hl--slot")
                .contains("lieve mannen").contains("Anna", "Bella", "Chloe")
                .contains("Nieuw in Heerenveen");
        assertThat(html).containsPattern("3 van alle \\d+ advertenties \\(\\d+,\\d\\d %\\)").doesNotContain("id=\"boilerplate\"");
        assertThat(access()).singleElement().satisfies(e -> {
            assertThat(e.objectType()).isEqualTo("ad-cluster");
            assertThat(e.objectId()).isEqualTo(cluster.toString());
            assertThat(e.result()).isEqualTo(Result.ALLOWED);
        });
    }

    @Test
    void theNetworkPageShowsMaskedLinksTheMobilityTimelineAndTheMap() throws Exception {
        UUID network = AdScreenFixtures.network(jdbc);
        String html = page(get("/app/advertenties/netwerken/{id}", network), COORDINATOR);
        assertThat(html).contains("Netwerk van 3 advertentie(s)").contains("Zelfde telefoonnummer", "+316••••••22")
                .doesNotContain("+31611112222", "06-11112222").contains("Bijna dezelfde tekst")
                .contains("Bijna dezelfde afbeelding", "222222222222…")
                .contains("Verplaatst van Leeuwarden naar Smallingerland", "Verplaatst van Smallingerland naar Heerenveen")
                .contains("Nieuw in Leeuwarden");
        assertThat(html.split("map-tile map-tile--seen", -1)).hasSize(4);
        assertThat(html.split("<rect ", -1)).hasSize(19);
        assertThat(html).contains("role=\"img\"", "aria-labelledby=\"map-title map-desc\"").doesNotContain("style=");
        assertThat(access()).singleElement().satisfies(e -> {
            assertThat(e.objectType()).isEqualTo("ad-network");
            assertThat(e.result()).isEqualTo(Result.ALLOWED);
        });
    }

    @Test
    void anInspectorWithANarrowScopeSeesOnlyTheOwnPartOfANetwork() throws Exception {
        String html = page(get("/app/advertenties/netwerken/{id}", AdScreenFixtures.network(jdbc)), INSPECTOR_LEEUWARDEN);
        assertThat(html).contains("2 advertentie(s) vallen buiten uw gemeenten").doesNotContain("Nieuw in Drachten");
    }

    @Test
    void aMergedOrUnknownClusterOrNetwork() throws Exception {
        mvc.perform(get("/app/advertenties/clusters/{id}", UUID.randomUUID()).with(TestActors.as(ANALYST)))
                .andExpect(status().isNotFound());
        assertThat(access()).singleElement().satisfies(e -> assertThat(e.result()).isEqualTo(Result.DENIED));
    }

    // ---------------------------------------------------------------- who may not

    @Test
    void rolesWithoutNeedAreRefusedAndTheRefusalIsLogged() throws Exception {
        UUID t1 = AdScreenFixtures.ad(jdbc, "t-1");
        UUID cluster = AdScreenFixtures.cluster(jdbc);
        UUID network = AdScreenFixtures.network(jdbc);
        for (Role role : List.of(Role.POLICY_ADVISOR, Role.POLICE_LIAISON, Role.CARE_WORKER,
                Role.SOUNDING_BOARD_COORDINATOR, Role.FUNCTIONAL_ADMIN, Role.PRIVACY_OFFICER)) {
            TestActor someone = actor("SDF", role, ALL);
            for (String path : List.of("/app/advertenties", "/app/advertenties/" + t1,
                    "/app/advertenties/clusters/" + cluster, "/app/advertenties/netwerken/" + network)) {
                events.clear();
                mvc.perform(get(path).with(TestActors.as(someone))).andExpect(status().isForbidden());
                if (role.compartment() == frl.ienline.shared.Compartment.CARE) {
                    // a care actor's refusal goes to the care log only, never to the enforcement log (review L2)
                    assertThat(access()).as(role + " " + path).isEmpty();
                    assertThat(events.stream(frl.ienline.shared.CareSideAccess.class)).as(role + " " + path)
                            .singleElement().satisfies(e -> assertThat(e.result()).isEqualTo(Result.DENIED));
                    continue;
                }
                assertThat(access()).as(role + " " + path).singleElement()
                        .satisfies(e -> assertThat(e.result()).isEqualTo(Result.DENIED));
            }
        }
        for (String path : List.of("/app/advertenties/clusters/" + cluster, "/app/advertenties/netwerken/" + network)) {
            events.clear();
            mvc.perform(get(path).with(TestActors.as(OFFICER_LEEUWARDEN))).andExpect(status().isForbidden());
            assertThat(access()).singleElement().satisfies(e -> assertThat(e.result()).isEqualTo(Result.DENIED));
        }
    }

    @Test
    void anonymousVisitorsGoToTheLogin() throws Exception {
        mvc.perform(get("/app/advertenties")).andExpect(status().is3xxRedirection());
    }

    @Test
    void englishIsAvailable() throws Exception {
        assertThat(page(get("/app/advertenties").param("lang", "en"), ANALYST)).contains("<h1>Ads</h1>", "Licence status");
    }
}
