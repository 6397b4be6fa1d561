package frl.ienline;

import frl.ienline.shared.AccessScope;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in actors for tests that do not go through the login itself. */
public final class TestActors {

    public record TestActor(UUID id, String username, String displayName, String organisationCode, Set<Role> roles,
            AccessScope scope, boolean demo) implements Actor {
    }

    private TestActors() {
    }

    public static TestActor actor(String organisation, Role role, String... municipalities) {
        Compartment compartment = role.compartment();
        return new TestActor(UUID.randomUUID(), role.name().toLowerCase() + "-" + organisation.toLowerCase(),
                "Test " + role.name(), organisation, Set.of(role),
                AccessScope.of(Arrays.stream(municipalities).map(MunicipalityCode::of).toList(), compartment), false);
    }

    public static Authentication authentication(Actor actor) {
        List<SimpleGrantedAuthority> authorities = actor.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    /** For MockMvc: {@code mvc.perform(get("/x").with(TestActors.as(actor)))}. */
    public static RequestPostProcessor as(Actor actor) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(actor));
    }

    /** For service-level tests: runs {@code body} with {@code actor} in the security context. */
    public static void runAs(Actor actor, Runnable body) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(actor));
        SecurityContextHolder.setContext(context);
        try {
            body.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
