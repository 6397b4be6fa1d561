package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import frl.ienline.shared.Role;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Demo mode: one account per role, password only, shown on the login page; production refuses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ienline.demo.enabled=true", "server.servlet.session.cookie.secure=true"})
class DemoModeTests {

    @LocalServerPort
    int port;
    @Autowired
    StaffUsers users;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    Passwords passwords;
    @Autowired
    Clock clock;

    @Test
    void aDemoAccountForEveryRoleIsCreatedOnceAndClearlyMarked() throws Exception {
        demoAccounts.run(null); // a second start creates nothing new
        List<StaffUser> demo = users.search(new StaffUsers.Filter("demo.", null, null, null));
        assertThat(demo).hasSize(DemoAccounts.DEFINITIONS.size()).allSatisfy(user -> {
            assertThat(user.demo()).isTrue();
            assertThat(user.displayName()).endsWith(" (demo)");
            assertThat(user.enrolled()).isFalse();
            assertThat(passwords.matches(DemoAccounts.PASSWORD, user.passwordHash())).isTrue();
        });
        StaffUser careWorker = users.byUsername(Username.of("demo.hulpverlening")).orElseThrow();
        assertThat(careWorker.access().organisationCode()).isEqualTo("FIER");
        assertThat(careWorker.access().scope().isCare()).isTrue();
        StaffUser licensing = users.byUsername(Username.of("demo.vergunningen")).orElseThrow();
        assertThat(licensing.access().scope().municipalityValues()).containsExactly("GM0080");
        assertThat(demo.stream().flatMap(user -> user.access().roles().stream()).collect(java.util.stream.Collectors.toSet()))
                .as("every role has a demo account").containsAll(java.util.EnumSet.allOf(Role.class));
        assertThat(users.countDemo()).isEqualTo(DemoAccounts.DEFINITIONS.size());
    }

    @Test
    void productionRefusesToStartWhileDemoAccountsExist() {
        DemoAccounts production = new DemoAccounts(users, passwords, clock, false, true);
        assertThatThrownBy(production::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo account");
    }

    @Test
    void aDemoAccountSignsInWithThePasswordAloneAndTheLoginPageShowsIt() {
        HttpSession browser = new HttpSession(port);
        HttpResponse<String> login = browser.get("/login");
        assertThat(login.body()).contains(DemoAccounts.PASSWORD).contains("demo.toezicht").contains("Toezichthouder");
        HttpResponse<String> signedIn = browser.post("/login",
                Map.of("username", "demo.toezicht", "password", DemoAccounts.PASSWORD));
        assertThat(HttpSession.location(signedIn)).isEqualTo("/app");
        HttpResponse<String> home = browser.get("/app");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welkom, Tjitte Toezicht (demo)").contains("Dit is een demo-account.");
    }

    @Test
    void theSessionCookieIsSecureWhenConfiguredAsInProduction() {
        HttpResponse<String> page = new HttpSession(port).get("/login");
        assertThat(HttpSession.attributes(HttpSession.sessionCookieHeader(page).orElseThrow()))
                .contains("secure", "httponly", "samesite=lax");
    }
}
