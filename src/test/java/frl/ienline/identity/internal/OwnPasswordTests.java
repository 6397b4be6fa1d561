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
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Every staff member changes their own password with the current one (review M13, ASVS V6). */
@IdentityStackTest
@RecordApplicationEvents
class OwnPasswordTests {

    static final String PAGE = OwnAccountController.PATH;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    StaffFixtures fixtures;
    @Autowired
    StaffUsers users;
    @Autowired
    Passwords passwords;

    @Test
    void aStaffMemberChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("zelf", Role.POLICY_ADVISOR, "SDF", "GM0080");
        Actor me = account.user().principal();
        mvc.perform(get(PAGE).with(TestActors.as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uw wachtwoord wijzigen")));

        mvc.perform(post(PAGE).with(csrf()).with(TestActors.as(me)).param("current", "not my password")
                        .param("password", "een nieuwe lange zin").param("repeat", "een nieuwe lange zin"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Uw huidige wachtwoord klopt niet.")));
        mvc.perform(post(PAGE).with(csrf()).with(TestActors.as(me)).param("current", StaffFixtures.PASSWORD)
                        .param("password", "kort").param("repeat", "kort"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("minstens 12 tekens")));
        assertThat(passwords.matches(StaffFixtures.PASSWORD, users.byId(me.id()).orElseThrow().passwordHash())).isTrue();

        mvc.perform(post(PAGE).with(csrf()).with(TestActors.as(me)).param("current", StaffFixtures.PASSWORD)
                        .param("password", "een nieuwe lange zin").param("repeat", "een nieuwe lange zin"))
                .andExpect(redirectedUrl("/app"));
        assertThat(passwords.matches("een nieuwe lange zin", users.byId(me.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(events.stream(AccessEvent.class).map(e -> e.result() + " " + e.purpose()).toList())
                .containsExactly("DENIED user-password-change-own", "ALLOWED user-password-change-own");
    }

    @Test
    void aSessionThatKeepsGuessingTheCurrentPasswordIsSignedOut() throws Exception {
        StaffFixtures.Account account = fixtures.enrolledAccount("gok", Role.INSPECTOR, "GM0080", "GM0080");
        Actor me = account.user().principal();
        MockHttpSession session = new MockHttpSession();
        for (int i = 1; i < OwnAccountController.MAX_WRONG; i++) {
            mvc.perform(post(PAGE).session(session).with(csrf()).with(TestActors.as(me)).param("current", "guess " + i)
                    .param("password", "een nieuwe lange zin").param("repeat", "een nieuwe lange zin"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post(PAGE).session(session).with(csrf()).with(TestActors.as(me)).param("current", "last guess")
                        .param("password", "een nieuwe lange zin").param("repeat", "een nieuwe lange zin"))
                .andExpect(redirectedUrl("/login?verlopen"));
        assertThat(session.isInvalid()).isTrue();
    }
}
