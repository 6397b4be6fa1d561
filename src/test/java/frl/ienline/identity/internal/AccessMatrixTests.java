package frl.ienline.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R6 for the identity module: every role against every identity endpoint; deny by default; unknown id → 404.
 * And every create form of every module against the roles that may not use it, on both sides of the wall.
 */
@IdentityStackTest
class AccessMatrixTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffFixtures fixtures;

    static final UUID SOMEONE = UUID.randomUUID();

    static Stream<MockHttpServletRequestBuilder> administrationEndpoints() {
        String user = "/app/beheer/gebruikers/" + SOMEONE;
        return Stream.of(get("/app/beheer/gebruikers"), get("/app/beheer/gebruikers/nieuw"), get(user),
                post("/app/beheer/gebruikers").with(csrf()), post(user).with(csrf()),
                post(user + "/uitschakelen").with(csrf()), post(user + "/inschakelen").with(csrf()),
                post(user + "/tweede-factor-resetten").with(csrf()), post(user + "/wachtwoord-resetten").with(csrf()),
                post(user + "/koppellink").with(csrf()), post(user + "/koppeling-verwijderen").with(csrf()),
                get(AdminRequestController.PATH),
                post(AdminRequestController.PATH + "/" + SOMEONE + "/goedkeuren").with(csrf()),
                post(AdminRequestController.PATH + "/" + SOMEONE + "/afwijzen").with(csrf()));
    }

    static Stream<Arguments> everyRoleTimesEveryAdministrationEndpoint() {
        return Stream.of(Role.values()).filter(r -> r != Role.FUNCTIONAL_ADMIN)
                .flatMap(role -> administrationEndpoints().map(endpoint -> Arguments.of(role, endpoint)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleTimesEveryAdministrationEndpoint")
    void onlyFunctionalAdministratorsReachUserAdministration(Role role, MockHttpServletRequestBuilder endpoint)
            throws Exception {
        Actor actor = TestActors.actor("GM0080", role, "GM0080");
        mvc.perform(endpoint.with(TestActors.as(actor))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @MethodSource("administrationEndpoints")
    void anonymousVisitorsAreSentToTheLogin(MockHttpServletRequestBuilder endpoint) throws Exception {
        mvc.perform(endpoint).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @MethodSource("everyRole")
    void everySignedInRoleHasAStaffHome(Role role) throws Exception {
        mvc.perform(get("/app").with(TestActors.as(TestActors.actor("GM0080", role, "GM0080"))))
                .andExpect(status().isOk());
    }

    static Stream<Role> everyRole() {
        return Stream.of(Role.values());
    }

    /**
     * D13: each create form is guarded like its POST, for every role that may not POST it — the care roles
     * on the enforcement forms, the sounding-board coordinator on the care workers' forms — and D12: the
     * POST with unusable input is a plain 403, never the form's list of what is wrong.
     */
    static Stream<Arguments> createFormsAndTheRolesTheyRefuse() {
        Set<Role> everyone = EnumSet.allOf(Role.class);
        return Stream.of(
                        form("/app/advertenties/import", "/app/advertenties/import",
                                except(everyone, Role.RIEC_ANALYST, Role.INSPECTOR, Role.TEAM_COORDINATOR)),
                        form("/app/register/aanvragen/nieuw", "/app/register/aanvragen/nieuw",
                                except(everyone, Role.LICENSING_OFFICER)),
                        form("/app/toezicht/leads/nieuw", "/app/toezicht/leads",
                                except(everyone, Role.INSPECTOR, Role.TEAM_COORDINATOR)),
                        form("/app/signalen/nieuw", "/app/signalen", except(everyone, Role.LICENSING_OFFICER,
                                Role.INSPECTOR, Role.TEAM_COORDINATOR, Role.RIEC_ANALYST, Role.POLICE_LIAISON)),
                        form("/app/ondersteuning/meldingen/nieuw", "/app/ondersteuning/meldingen/nieuw",
                                except(everyone, Role.CARE_WORKER)),
                        form("/app/ondersteuning/organisaties/nieuw", "/app/ondersteuning/organisaties/nieuw",
                                except(everyone, Role.CARE_WORKER)))
                .flatMap(f -> f.refused().stream().map(role -> Arguments.of(role, f.page(), f.post())));
    }

    record CreateForm(String page, String post, Set<Role> refused) {
    }

    static CreateForm form(String page, String post, Set<Role> refused) {
        return new CreateForm(page, post, refused);
    }

    static Set<Role> except(Set<Role> all, Role... allowed) {
        Set<Role> refused = EnumSet.copyOf(all);
        refused.removeAll(List.of(allowed));
        return refused;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("createFormsAndTheRolesTheyRefuse")
    void aCreateFormIsRefusedLikeItsPostAndThePostSaysNothingAboutTheInput(Role role, String page, String post)
            throws Exception {
        Actor actor = TestActors.actor(role.compartment() == frl.ienline.shared.Compartment.CARE ? "FIER" : "GM0080",
                role, "GM0080");
        mvc.perform(get(page).with(TestActors.as(actor))).andExpect(status().isForbidden());
        String body = mvc.perform(multipart(post).with(csrf()).with(TestActors.as(actor)).param("municipality", "GM0080")
                        .param("name", "").param("summary", ""))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("error-summary").doesNotContain("Controleer");
    }

    @Test
    void anUnknownUserIdIsNotFoundForAnAdministrator() throws Exception {
        Actor admin = TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN);
        mvc.perform(get("/app/beheer/gebruikers/" + SOMEONE).with(TestActors.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/app/beheer/gebruikers/" + SOMEONE + "/uitschakelen").with(csrf()).with(TestActors.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/beheer/gebruikers/42").with(TestActors.as(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void pathsNobodyDeclaredAreClosed() throws Exception {
        // a public address nobody declared does not exist for a visitor: the 404 page, not the staff login
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/iets-onbekends")).andExpect(status().isNotFound());
        mvc.perform(get("/vergunningen/x/y/z")).andExpect(status().isNotFound());
        // the staff side still sends a visitor to the login
        mvc.perform(get("/app/iets-onbekends")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
