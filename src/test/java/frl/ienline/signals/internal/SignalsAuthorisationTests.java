package frl.ienline.signals.internal;

import static frl.ienline.signals.internal.SignalFixtures.ALL;
import static frl.ienline.signals.internal.SignalFixtures.COORDINATOR;
import static frl.ienline.signals.internal.SignalFixtures.INSPECTOR;
import static frl.ienline.signals.internal.SignalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.Role;
import frl.ienline.signals.SignalReference;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * R6 for signals: every role × every way of being related to a signal, through the real web layer. A
 * signal is seen in full by its registering organisation and the triage role of its region, in the shared
 * fields only by a share recipient, and by nobody else (404, also for other inspectors); care roles and
 * roles without signal work get 403. Every request writes exactly one access log event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignalsAuthorisationTests {

    static final String CANARY = "AUTHZ-CANARY-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @Autowired
    SignalHandling handling;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    UUID signal;
    SignalReference reference;

    @BeforeAll
    void registerSharedSignal() {
        reference = as(INSPECTOR, () -> handling.register(SignalFixtures.signal(CANARY, "+31612340077")));
        signal = SignalFixtures.id(jdbc, reference);
        TestActors.runAs(COORDINATOR, () -> {
            handling.startTriage(signal);
            handling.refer(signal, new Referral(RecipientKind.POLICE_AVIM, null,
                    EnumSet.of(SharedField.MUNICIPALITY, SharedField.INDICATORS), "POLICE_ACT", null, null));
        });
    }

    enum Sees { FULL, SHARED_FIELDS, NOT_FOUND, FORBIDDEN }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of("registering inspector", INSPECTOR, Sees.FULL),
                Arguments.of("colleague of the registering organisation",
                        TestActors.actor("TOEZICHT-FRL", Role.INSPECTOR, "GM0074"), Sees.FULL),
                Arguments.of("inspector of another organisation, same municipality",
                        TestActors.actor("GEMEENTE-LEEUWARDEN", Role.INSPECTOR, "GM0080"), Sees.NOT_FOUND),
                Arguments.of("triage: team coordinator of the region", COORDINATOR, Sees.FULL),
                Arguments.of("triage: team coordinator outside the municipality",
                        TestActors.actor("SDF-SIGNALEN", Role.TEAM_COORDINATOR, "GM0074"), Sees.NOT_FOUND),
                Arguments.of("triage: RIEC analyst of the region",
                        TestActors.actor("RIEC-NN", Role.RIEC_ANALYST, ALL.split(",")), Sees.FULL),
                Arguments.of("share recipient: police liaison of AVIM",
                        TestActors.actor("POLITIE-NN", Role.POLICE_LIAISON, "GM0080"), Sees.SHARED_FIELDS),
                Arguments.of("police liaison of another unit",
                        TestActors.actor("POLITIE-OTHER", Role.POLICE_LIAISON, "GM0080"), Sees.NOT_FOUND),
                Arguments.of("licensing officer of the municipality",
                        TestActors.actor("GEMEENTE-LEEUWARDEN", Role.LICENSING_OFFICER, "GM0080"), Sees.NOT_FOUND),
                Arguments.of("policy advisor", TestActors.actor("GEMEENTE-LEEUWARDEN", Role.POLICY_ADVISOR, "GM0080"),
                        Sees.FORBIDDEN),
                Arguments.of("care worker", TestActors.actor("FIER", Role.CARE_WORKER, "GM0080"), Sees.FORBIDDEN),
                Arguments.of("care worker of the registering organisation's name",
                        TestActors.actor("TOEZICHT-FRL", Role.CARE_WORKER, "GM0080"), Sees.FORBIDDEN),
                Arguments.of("sounding board coordinator",
                        TestActors.actor("FIER", Role.SOUNDING_BOARD_COORDINATOR, "GM0080"), Sees.FORBIDDEN),
                Arguments.of("functional admin", TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN, ALL.split(",")),
                        Sees.FORBIDDEN),
                Arguments.of("privacy officer", TestActors.actor("SDF", Role.PRIVACY_OFFICER, ALL.split(",")),
                        Sees.FORBIDDEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void detailPage(String who, TestActor actor, Sees expected) throws Exception {
        events.clear();
        MvcResult result = mvc.perform(get("/app/signalen/" + signal).with(TestActors.as(actor))).andReturn();
        String body = result.getResponse().getContentAsString();
        switch (expected) {
            case FULL -> {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(body).contains(reference.value()).contains("Observation " + CANARY).contains("+31612340077");
            }
            case SHARED_FIELDS -> {
                assertThat(result.getResponse().getStatus()).isEqualTo(200);
                assertThat(body).contains(reference.value()).contains("Leeuwarden")
                        .doesNotContain(CANARY).doesNotContain("+31612340077");
            }
            case NOT_FOUND -> assertThat(result.getResponse().getStatus()).isEqualTo(404);
            case FORBIDDEN -> assertThat(result.getResponse().getStatus()).isEqualTo(403);
        }
        if (expected != Sees.FULL && expected != Sees.SHARED_FIELDS) {
            assertThat(body).doesNotContain(CANARY).doesNotContain(reference.value());
        }
        if (frl.ienline.shared.AccessRecorder.isCare(actor)) {
            // a care actor's refusal goes to the care log only, never to the enforcement log (review L2)
            assertThat(events.stream(AccessEvent.class)).isEmpty();
            assertThat(events.stream(frl.ienline.shared.CareSideAccess.class)).singleElement()
                    .satisfies(e -> assertThat(e.result()).isEqualTo(AccessEvent.Result.DENIED));
            return;
        }
        List<AccessEvent> logged = events.stream(AccessEvent.class).toList();
        assertThat(logged).hasSize(1);
        AccessEvent event = logged.getFirst();
        assertThat(event.actorId()).isEqualTo(actor.id());
        assertThat(event.organisation()).isEqualTo(actor.organisationCode());
        assertThat(event.result()).isEqualTo(expected == Sees.FULL || expected == Sees.SHARED_FIELDS
                ? AccessEvent.Result.ALLOWED : AccessEvent.Result.DENIED);
        if (expected == Sees.FORBIDDEN) {
            assertThat(event.objectType()).isEqualTo("page"); // the 403 is logged once, by the security layer
        }
        if (event.result() == AccessEvent.Result.ALLOWED) {
            assertThat(event.subjectPseudonym()).isEqualTo(reference.value());
            assertThat(event.action()).isEqualTo(AccessEvent.Action.VIEW);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void listPage(String who, TestActor actor, Sees expected) throws Exception {
        MvcResult result = mvc.perform(get("/app/signalen").with(TestActors.as(actor))).andReturn();
        if (expected == Sees.FORBIDDEN) {
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
            return;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String body = result.getResponse().getContentAsString();
        if (expected == Sees.NOT_FOUND) {
            assertThat(body).doesNotContain(reference.value());
        } else {
            assertThat(body).contains(reference.value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheTriageRoleOfTheRegionHandles(String who, TestActor actor, Sees expected) throws Exception {
        // starting triage on a referred signal: the triage role passes authorisation and meets the state
        // guard (400); everyone else is stopped before (403, or 404 when the signal is not theirs to see)
        int status = mvc.perform(post("/app/signalen/" + signal + "/triage").with(csrf()).with(TestActors.as(actor)))
                .andReturn().getResponse().getStatus();
        boolean triage = actor.roles().stream().anyMatch(Viewer.TRIAGE_ROLES::contains) && expected == Sees.FULL;
        int wanted = triage ? 400 : expected == Sees.NOT_FOUND ? 404 : 403;
        assertThat(status).isEqualTo(wanted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void searchingByPhoneFindsOnlyWhatTheActorSeesInFull(String who, TestActor actor, Sees expected) throws Exception {
        MvcResult result = mvc.perform(post("/app/signalen/zoeken").param("telefoon", "06-12 34 00 77")
                .with(csrf()).with(TestActors.as(actor))).andReturn();
        if (expected == Sees.FORBIDDEN) {
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
        } else if (expected == Sees.FULL) {
            assertThat(result.getResponse().getContentAsString()).contains(reference.value());
        } else {
            assertThat(result.getResponse().getContentAsString()).doesNotContain(reference.value());
        }
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get("/app/signalen/" + signal)).andExpect(status().is3xxRedirection());
    }

    @Test
    void careRolesNeverReachIntakeEither() throws Exception {
        mvc.perform(get("/app/signalen/nieuw").with(TestActors.as(TestActors.actor("FIER", Role.CARE_WORKER, "GM0080"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/app/signalen").param("observation", "x").param("municipality", "GM0080")
                .param("locationType", "HOTEL").with(csrf())
                .with(TestActors.as(TestActors.actor("FIER", Role.CARE_WORKER, "GM0080"))))
                .andExpect(status().isForbidden());
    }
}
