package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.MutableClock;
import frl.ienline.TestActors;
import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Review M13: a care role, a password reset, a second-factor reset and a binding link need a second functional
 * administrator; nobody decides their own request or grants themselves a role; the user learns of every reset
 * or access change; no administrator ever knows a user's password. All of it in the access log.
 */
@IdentityStackTest
@RecordApplicationEvents
class FourEyesAdministrationTests {

    static final String USERS = "/app/beheer/gebruikers";
    static final String REQUESTS = AdminRequestController.PATH;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    StaffUsers users;
    @Autowired
    AdminRequests requests;
    @Autowired
    AccountNotices notices;
    @Autowired
    Passwords passwords;
    @Autowired
    MutableClock clock;

    final Actor first = TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN);
    final Actor second = TestActors.actor("SDF", Role.FUNCTIONAL_ADMIN);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    List<String> purposes() {
        return events.stream(AccessEvent.class).map(e -> e.result() + " " + e.purpose()).toList();
    }

    /** The newest pending request about this account (or, with {@code null}, for a new account). */
    AdminRequest pendingRequest(UUID userId) {
        return requests.pending(clock.instant().minus(AccessApprovals.STALE_AFTER)).stream()
                .filter(r -> java.util.Objects.equals(r.userId(), userId)).reduce((a, b) -> b).orElseThrow();
    }

    MvcResult approve(Actor admin, AdminRequest request) throws Exception {
        return mvc.perform(post(REQUESTS + "/" + request.id() + "/goedkeuren").with(csrf()).with(TestActors.as(admin)))
                .andExpect(redirectedUrl(REQUESTS)).andReturn();
    }

    @Test
    void aNewCareAccountExistsOnlyAfterASecondAdministratorApprovesIt() throws Exception {
        String username = "zorg." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post(USERS).with(csrf()).with(TestActors.as(first)).param("username", username)
                        .param("displayName", "Nieuwe Hulpverlener").param("organisation", "FIER")
                        .param("roles", "CARE_WORKER").param("municipalities", "GM0080"))
                .andExpect(redirectedUrl(REQUESTS)).andExpect(flash().attribute("saved", "identity.users.createRequested"));
        assertThat(users.exists(Username.of(username))).isFalse();
        AdminRequest request = requests.pending(clock.instant().minus(AccessApprovals.STALE_AFTER)).stream()
                .filter(r -> r.username() != null && r.username().value().equals(username)).findFirst().orElseThrow();

        MvcResult own = approve(first, request);
        assertThat(own.getFlashMap().get("refused")).isEqualTo("identity.error.approveOwn");
        assertThat(users.exists(Username.of(username))).as("nobody approves their own request").isFalse();
        mvc.perform(get(REQUESTS).with(TestActors.as(first))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw eigen verzoek")));

        MvcResult approved = approve(second, request);
        StaffUser created = users.byUsername(Username.of(username)).orElseThrow();
        assertThat(created.access().roles()).containsExactly(Role.CARE_WORKER);
        assertThat(approved.getFlashMap().get("issuedLink").toString()).contains(AccountLinkController.ACTIVATE + "/");
        assertThat(approve(second, request).getFlashMap().get("refused")).as("decided once")
                .isEqualTo("identity.error.requestDecided");
        assertThat(purposes()).containsExactly("ALLOWED user-request:CREATE_ACCOUNT",
                "DENIED user-approve-own-request:CREATE_ACCOUNT", "ALLOWED user-create",
                "ALLOWED user-link-issued:PASSWORD", "ALLOWED user-approve:CREATE_ACCOUNT");
    }

    @Test
    void widerCareAccessWaitsButTakingAccessAwayDoesNot() throws Exception {
        StaffFixtures.Account care = fixtures.newAccount("zorg", Role.CARE_WORKER, "FIER", "GM0080", "GM0090");
        String page = USERS + "/" + care.user().id();

        mvc.perform(post(page).with(csrf()).with(TestActors.as(first)).param("displayName", "Zorg")
                        .param("organisation", "FIER").param("roles", "CARE_WORKER", "SOUNDING_BOARD_COORDINATOR")
                        .param("municipalities", "GM0080", "GM0090"))
                .andExpect(flash().attribute("saved", "identity.users.changeRequested"));
        assertThat(users.byId(care.user().id()).orElseThrow().access().roles()).containsExactly(Role.CARE_WORKER);

        mvc.perform(post(page).with(csrf()).with(TestActors.as(first)).param("displayName", "Zorg")
                        .param("organisation", "FIER").param("roles", "CARE_WORKER").param("municipalities", "GM0080"))
                .andExpect(flash().attribute("saved", "identity.users.saved"));
        assertThat(users.byId(care.user().id()).orElseThrow().access().scope().municipalityValues())
                .containsExactly("GM0080");

        approve(second, pendingRequest(care.user().id()));
        assertThat(users.byId(care.user().id()).orElseThrow().access().roles())
                .containsExactlyInAnyOrder(Role.CARE_WORKER, Role.SOUNDING_BOARD_COORDINATOR);
        assertThat(notices.unread(care.user().id())).extracting(AccountNotices.Notice::kind)
                .containsExactly(AccountNotices.Kind.ACCESS_CHANGED, AccountNotices.Kind.ACCESS_CHANGED);
    }

    @Test
    void anEnforcementAccountDoesNotBecomeACareAccountWithOneAdministrator() throws Exception {
        StaffFixtures.Account inspector = fixtures.newAccount("tz", Role.INSPECTOR, "GM0080", "GM0080");
        mvc.perform(post(USERS + "/" + inspector.user().id()).with(csrf()).with(TestActors.as(first))
                        .param("displayName", "Tz").param("organisation", "GM0080").param("roles", "CARE_WORKER")
                        .param("municipalities", "GM0080"))
                .andExpect(flash().attribute("saved", "identity.users.changeRequested"));
        assertThat(users.byId(inspector.user().id()).orElseThrow().access().roles()).containsExactly(Role.INSPECTOR);
    }

    @Test
    void aNewAdministratorOrPrivacyOfficerNeedsASecondAdministratorOnceThereAreTwo() throws Exception {
        fixtures.newAccount("beheer", Role.FUNCTIONAL_ADMIN, "SDF");
        fixtures.newAccount("beheer", Role.FUNCTIONAL_ADMIN, "SDF");
        String username = "beheer." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post(USERS).with(csrf()).with(TestActors.as(first)).param("username", username)
                        .param("displayName", "Mijn tweede ik").param("organisation", "SDF").param("roles", "FUNCTIONAL_ADMIN"))
                .andExpect(redirectedUrl(REQUESTS));
        assertThat(users.exists(Username.of(username))).as("no administrator appoints a second self").isFalse();

        StaffFixtures.Account advisor = fixtures.newAccount("beleid", Role.POLICY_ADVISOR, "SDF", "GM0080");
        mvc.perform(post(USERS + "/" + advisor.user().id()).with(csrf()).with(TestActors.as(first))
                        .param("displayName", "Beleid").param("organisation", "SDF")
                        .param("roles", "POLICY_ADVISOR", "PRIVACY_OFFICER").param("municipalities", "GM0080"))
                .andExpect(flash().attribute("saved", "identity.users.changeRequested"));
        assertThat(users.byId(advisor.user().id()).orElseThrow().access().roles()).containsExactly(Role.POLICY_ADVISOR);

        StaffAccess admin = StaffAccess.of("SDF", java.util.Set.of(Role.FUNCTIONAL_ADMIN), List.of());
        assertThat(UserAdministration.grantsOversight(null, admin)).isTrue();
        assertThat(UserAdministration.grantsOversight(admin, admin)).as("keeping a role grants nothing").isFalse();
    }

    @Test
    void anAdministratorCannotGiveThemselvesARole() throws Exception {
        StaffFixtures.Account self = fixtures.newAccount("selfgrant", Role.FUNCTIONAL_ADMIN, "SDF");
        Actor me = self.user().principal();
        mvc.perform(post(USERS + "/" + me.id()).with(csrf()).with(TestActors.as(me)).param("displayName", "Ik")
                        .param("organisation", "SDF").param("roles", "FUNCTIONAL_ADMIN", "PRIVACY_OFFICER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("U kunt uzelf geen rol geven.")));
        assertThat(users.byId(me.id()).orElseThrow().access().roles()).containsExactly(Role.FUNCTIONAL_ADMIN);
    }

    @Test
    void aPasswordResetNeedsTwoAdministratorsAndTheUserChoosesTheNewPasswordThroughALink() throws Exception {
        StaffFixtures.Account target = fixtures.enrolledAccount("vergeten", Role.LICENSING_OFFICER, "GM0080", "GM0080");
        UUID id = target.user().id();
        mvc.perform(post(USERS + "/" + id + "/wachtwoord-resetten").with(csrf()).with(TestActors.as(first)))
                .andExpect(flash().attribute("saved", "identity.users.requested.RESET_PASSWORD"));
        assertThat(passwords.matches(StaffFixtures.PASSWORD, users.byId(id).orElseThrow().passwordHash()))
                .as("nothing changes before approval").isTrue();

        String link = approve(second, pendingRequest(id)).getFlashMap().get("issuedLink").toString();
        assertThat(passwords.matches(StaffFixtures.PASSWORD, users.byId(id).orElseThrow().passwordHash()))
                .as("the old password stops working").isFalse();
        assertThat(users.byId(id).orElseThrow().enrolled()).as("the second factor stays").isTrue();
        assertThat(notices.unread(id)).extracting(AccountNotices.Notice::kind).containsExactly(AccountNotices.Kind.PASSWORD_RESET);

        String path = link.replaceFirst("^https?://[^/]+", "");
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(target.username())));
        mvc.perform(post(path).with(csrf()).param("password", "mijn nieuwe lange zin").param("repeat", "iets anders"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path).with(csrf()).param("password", "mijn nieuwe lange zin").param("repeat", "mijn nieuwe lange zin"))
                .andExpect(redirectedUrl("/login"));
        assertThat(passwords.matches("mijn nieuwe lange zin", users.byId(id).orElseThrow().passwordHash())).isTrue();
        mvc.perform(get(path)).andExpect(status().isNotFound());
        assertThat(purposes()).containsSubsequence("ALLOWED user-request:RESET_PASSWORD", "ALLOWED user-reset-password",
                "ALLOWED user-link-issued:PASSWORD", "ALLOWED user-approve:RESET_PASSWORD",
                "ALLOWED user-password-set-through-link");
    }

    @Test
    void aSecondFactorResetWaitsForApprovalAndTheUserIsTold() throws Exception {
        StaffFixtures.Account target = fixtures.enrolledAccount("telefoonkwijt", Role.INSPECTOR, "GM0080", "GM0080");
        UUID id = target.user().id();
        mvc.perform(post(USERS + "/" + id + "/tweede-factor-resetten").with(csrf()).with(TestActors.as(first)));
        assertThat(users.byId(id).orElseThrow().enrolled()).isTrue();
        mvc.perform(post(USERS + "/" + id + "/tweede-factor-resetten").with(csrf()).with(TestActors.as(second)))
                .andExpect(flash().attribute("refused", "identity.error.requestPending"));

        mvc.perform(post(REQUESTS + "/" + pendingRequest(id).id() + "/afwijzen").with(csrf()).with(TestActors.as(second)));
        assertThat(users.byId(id).orElseThrow().enrolled()).isTrue();

        mvc.perform(post(USERS + "/" + id + "/tweede-factor-resetten").with(csrf()).with(TestActors.as(first)));
        approve(second, pendingRequest(id));
        assertThat(users.byId(id).orElseThrow().enrolled()).isFalse();

        Actor user = users.byId(id).orElseThrow().principal();
        mvc.perform(get("/app").with(TestActors.as(user))).andExpect(status().isOk())
                .andExpect(content().string(containsString("uw tweede factor gewist")));
        mvc.perform(post("/app/mijn-account/meldingen-gelezen").with(csrf()).with(TestActors.as(user)))
                .andExpect(redirectedUrl("/app"));
        assertThat(notices.unread(id)).isEmpty();
    }

    @Test
    void nobodyDecidesARequestAboutTheirOwnAccountAndRequestsGoStale() throws Exception {
        StaffFixtures.Account adminB = fixtures.enrolledAccount("beheerder", Role.FUNCTIONAL_ADMIN, "SDF");
        Actor b = adminB.user().principal();
        mvc.perform(post(USERS + "/" + b.id() + "/tweede-factor-resetten").with(csrf()).with(TestActors.as(b)))
                .andExpect(flash().attribute("refused", "identity.error.requestSelf"));
        mvc.perform(post(USERS + "/" + b.id() + "/tweede-factor-resetten").with(csrf()).with(TestActors.as(first)));
        assertThat(approve(b, pendingRequest(b.id())).getFlashMap().get("refused"))
                .isEqualTo("identity.error.approveAboutSelf");

        AdminRequest request = pendingRequest(b.id());
        clock.shift(AccessApprovals.STALE_AFTER.plus(Duration.ofMinutes(1)));
        assertThat(approve(second, request).getFlashMap().get("refused")).isEqualTo("identity.error.requestDecided");
        assertThat(users.byId(b.id()).orElseThrow().enrolled()).isTrue();
    }
}
