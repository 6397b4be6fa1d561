package frl.ienline.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password was right; the second factor is still missing. Its principal is deliberately not an
 * {@link frl.ienline.shared.Actor}: to every staff page this session is nobody, and the access-denied
 * handling sends it back to the second-factor step.
 */
final class PendingLogin extends AbstractAuthenticationToken {

    static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    /** Who is half-way through the login. */
    record Subject(UUID userId, String username) implements java.io.Serializable {
    }

    private final Subject subject;
    private final Instant startedAt;

    PendingLogin(UUID userId, String username, Instant startedAt) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.subject = new Subject(Objects.requireNonNull(userId), Objects.requireNonNull(username));
        this.startedAt = Objects.requireNonNull(startedAt);
        super.setAuthenticated(true);
    }

    @Override
    public Subject getPrincipal() {
        return subject;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return subject.username();
    }

    UUID userId() {
        return subject.userId();
    }

    Instant startedAt() {
        return startedAt;
    }
}
