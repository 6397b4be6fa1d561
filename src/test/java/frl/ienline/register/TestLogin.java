package frl.ienline.register;

import frl.ienline.TestActors;
import frl.ienline.shared.Actor;
import frl.ienline.shared.PublicPaths;
import frl.ienline.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST ONLY: signs a browser in as a licensing officer of one municipality, for browser journeys that run
 * while the real login (identity module) is not there. Imported explicitly by the tests that use it;
 * never part of the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestLogin.Controller.class)
public class TestLogin {

    @Bean
    PublicPaths testLoginPath() {
        return PublicPaths.of("/test-login");
    }

    @RestController
    static class Controller {

        @GetMapping("/test-login")
        String login(@RequestParam String municipality, HttpServletRequest request, HttpServletResponse response) {
            Actor actor = TestActors.actor(municipality, Role.LICENSING_OFFICER, municipality);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(TestActors.authentication(actor));
            request.getSession(true);
            request.changeSessionId();
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            return "signed in as " + actor.username();
        }
    }
}
