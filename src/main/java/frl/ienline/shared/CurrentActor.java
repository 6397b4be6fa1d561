package frl.ienline.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the authenticated {@link Actor} of the current request, if any. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor, or an {@link org.springframework.security.access.AccessDeniedException} when anonymous. */
    public static Actor require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }
}
