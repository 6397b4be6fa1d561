package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** User administration (functional administrators only, every change logged), R10 and R12 denied. */
@IdentityStackTest
@RecordApplicationEvents
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    StaffUsers users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecurityAnswers answers;

    final Actor admin = TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN);
    final Actor inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");

    List<AccessEvent> accessEvents() {
        return events.stream(AccessEvent.class).toList();
    }

    @Test
    void aDeniedPageWritesExactlyOneDeniedEntryAndAnswers403() throws Exception {
        mvc.perform(get("/app/beheer/gebruikers").with(TestActors.as(inspector))).andExpect(status().isForbidden());

        assertThat(accessEvents()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(Result.DENIED);
            assertThat(e.action()).isEqualTo(Action.VIEW);
            assertThat(e.objectType()).isEqualTo("page");
            assertThat(e.objectId()).isEqualTo("/app/beheer/gebruikers");
            assertThat(e.actorId()).isEqualTo(inspector.id());
            assertThat(e.roles()).isEqualTo("INSPECTOR");
            assertThat(e.organisation()).isEqualTo("GM0080");
        });
    }

    @Test
    void aNonAdministratorCannotChangeUsers() throws Exception {
        StaffFixtures.Account target = fixtures.newAccount("victim", Role.INSPECTOR, "GM0080", "GM0080");
        mvc.perform(post("/app/beheer/gebruikers/" + target.user().id() + "/uitschakelen").with(csrf())
                .with(TestActors.as(inspector))).andExpect(status().isForbidden());
        assertThat(users.byId(target.user().id()).orElseThrow().enabled()).isTrue();
        assertThat(accessEvents()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(Result.DENIED);
            assertThat(e.action()).isEqualTo(Action.CHANGE);
        });
    }

    @Test
    void underTheApiADenialIsProblemJsonAndIsLoggedToo() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest("DELETE", "/api/v1/iets/42");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        TestActors.runAs(inspector, () -> {
            try {
                answers.handle(request, response, new org.springframework.security.access.AccessDeniedException("no"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":403").contains("\"instance\":\"/api/v1/iets/42\"")
                .doesNotContain("at org.");
        assertThat(accessEvents()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.DELETE);
            assertThat(e.objectId()).isEqualTo("/api/v1/iets/42");
            assertThat(e.result()).isEqualTo(Result.DENIED);
        });
    }

    @Test
    void stateChangesWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/app/beheer/gebruikers").with(TestActors.as(admin)).param("username", "x.y.z"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "someone").param("password", "something"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(TestActors.as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf().useInvalidToken()).param("username", "a").param("password", "b"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorCreatesAUserWhoseChangesAreAllLogged() throws Exception {
        String username = "nieuw." + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(post("/app/beheer/gebruikers").with(csrf()).with(TestActors.as(admin))
                        .param("username", username).param("displayName", "Nieuwe Collega")
                        .param("organisation", "GM0090").param("roles", "LICENSING_OFFICER")
                        .param("municipalities", "GM0090"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        StaffUser created = users.byId(id).orElseThrow();
        assertThat(created.username().value()).isEqualTo(username);
        assertThat(created.passwordHash()).startsWith("$argon2id$");
        assertThat(created.enrolled()).isFalse();
        assertThat(created.demo()).isFalse();
        assertThat(created.access().scope().compartment()).isEqualTo(Compartment.ENFORCEMENT);

        mvc.perform(get(location).with(TestActors.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nieuwe Collega")));
        mvc.perform(post(location).with(csrf()).with(TestActors.as(admin)).param("displayName", "Nieuwe Collega")
                .param("organisation", "GM0090").param("roles", "LICENSING_OFFICER", "TEAM_COORDINATOR")
                .param("municipalities", "GM0090", "GM0080")).andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/uitschakelen").with(csrf()).with(TestActors.as(admin))).andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/inschakelen").with(csrf()).with(TestActors.as(admin))).andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/tweede-factor-resetten").with(csrf()).with(TestActors.as(admin)))
                .andExpect(redirectedUrl(location));

        StaffUser changed = users.byId(id).orElseThrow();
        assertThat(changed.access().roles()).containsExactlyInAnyOrder(Role.LICENSING_OFFICER, Role.TEAM_COORDINATOR);
        assertThat(changed.access().scope().municipalityValues()).containsExactly("GM0080", "GM0090");
        assertThat(changed.passwordHash()).as("no administrator sets a password").isEqualTo(created.passwordHash());
        assertThat(changed.enrolled()).as("a reset waits for a second administrator").isFalse();
        assertThat(accessEvents()).allSatisfy(e -> {
            assertThat(e.objectType()).isEqualTo("user");
            assertThat(e.objectId()).isEqualTo(id.toString());
            assertThat(e.result()).isEqualTo(Result.ALLOWED);
            assertThat(e.actorId()).isEqualTo(admin.id());
        }).extracting(AccessEvent::action, AccessEvent::purpose).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Action.CREATE, "user-create"),
                org.assertj.core.groups.Tuple.tuple(Action.CHANGE, "user-link-issued:PASSWORD"),
                org.assertj.core.groups.Tuple.tuple(Action.CHANGE, "user-change"),
                org.assertj.core.groups.Tuple.tuple(Action.CHANGE, "user-disable"),
                org.assertj.core.groups.Tuple.tuple(Action.CHANGE, "user-enable"),
                org.assertj.core.groups.Tuple.tuple(Action.CHANGE, "user-request:RESET_SECOND_FACTOR"));
    }

    @Test
    void invalidInputIsRejectedWithAnErrorSummaryNamingTheFields() throws Exception {
        String body = mvc.perform(post("/app/beheer/gebruikers").with(csrf()).with(TestActors.as(admin))
                        .param("username", "Bad Name!").param("displayName", "")
                        .param("organisation", "NOPE").param("roles", "INSPECTOR", "CARE_WORKER")
                        .param("municipalities", "GM0080"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("class=\"error-summary\"")
                .contains("href=\"#field-username\"").contains("href=\"#field-displayName\"")
                .contains("href=\"#field-organisation\"").contains("href=\"#field-roles\"")
                .contains("Kies rollen van handhaving of van hulpverlening, niet van allebei.");
        assertThat(accessEvents()).isEmpty();
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() throws Exception {
        StaffFixtures.Account self = fixtures.newAccount("selfadmin", Role.FUNCTIONAL_ADMIN, "SDF");
        Actor me = self.user().principal();
        mvc.perform(post("/app/beheer/gebruikers/" + me.id()).with(csrf()).with(TestActors.as(me))
                        .param("displayName", "Ik").param("organisation", "SDF").param("roles", "PRIVACY_OFFICER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("functioneel beheerder niet afnemen")));
        mvc.perform(post("/app/beheer/gebruikers/" + me.id() + "/uitschakelen").with(csrf()).with(TestActors.as(me)));
        assertThat(users.byId(me.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void theListFiltersByTextOrganisationRoleAndStatus() throws Exception {
        StaffFixtures.Account harlingen = fixtures.newAccount("harlinger", Role.LICENSING_OFFICER, "GM0072", "GM0072");
        mvc.perform(get("/app/beheer/gebruikers").param("q", "harlinger").param("organisatie", "GM0072")
                        .param("rol", "LICENSING_OFFICER").param("status", "actief").with(TestActors.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(harlingen.username())));
        mvc.perform(get("/app/beheer/gebruikers").param("q", "harlinger").param("rol", "INSPECTOR")
                        .with(TestActors.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(harlingen.username()))));
    }

    @Test
    void aDisabledUserIsSignedOutAtTheNextRequestAndRoleChangesApplyAtOnce() throws Exception {
        throttle.reset();
        StaffFixtures.Account account = fixtures.enrolledAccount("live", Role.LICENSING_OFFICER, "GM0080", "GM0080");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", account.username())
                .param("password", StaffFixtures.PASSWORD));
        mvc.perform(post("/login/tweede-factor").session(session).with(csrf()).param("code", fixtures.currentCode(account)))
                .andExpect(redirectedUrl("/app"));
        mvc.perform(get("/app/beheer/gebruikers").session(session)).andExpect(status().isForbidden());

        StaffUser user = users.byId(account.user().id()).orElseThrow();
        users.update(user.changeAccess(StaffAccess.of("GM0080", java.util.Set.of(Role.FUNCTIONAL_ADMIN), List.of()),
                java.time.Instant.now()));
        mvc.perform(get("/app/beheer/gebruikers").session(session)).andExpect(status().isOk());

        users.update(users.byId(user.id()).orElseThrow().disable(java.time.Instant.now()));
        mvc.perform(get("/app").session(session)).andExpect(redirectedUrl("/login?verlopen"));
    }
}
