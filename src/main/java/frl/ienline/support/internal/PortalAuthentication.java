package frl.ienline.support.internal;

import frl.ienline.shared.TooManyRequests;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The member login with its throttles inside the authentication (H3): whatever path or encoding the
 * request came in by, the attempt is reserved per client and per working name before the password is
 * checked, and refused with {@link Throttled} when either budget is spent. A successful login gives the
 * client its attempt back and clears the working name's delay.
 */
class PortalAuthentication implements AuthenticationProvider {

    /** The client key, put in the authentication's details by the login filter. */
    record Client(String key) implements java.io.Serializable { // kept in the member's database session (ADR 0021)
    }

    /** Too many attempts: answered 429 with {@code Retry-After}. */
    static final class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many login attempts");
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return TooManyRequests.seconds(retryAfter);
        }
    }

    private final AuthenticationProvider passwords;
    private final PortalThrottles throttles;

    PortalAuthentication(AuthenticationProvider passwords, PortalThrottles throttles) {
        this.passwords = passwords;
        this.throttles = throttles;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String client = authentication.getDetails() instanceof Client c ? c.key() : "c.unknown";
        PortalThrottles.LoginAttempt attempt = throttles.login(authentication.getName(), client);
        if (attempt.refused()) {
            throw new Throttled(attempt.retryAfter());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (TooManyRequests busy) {
            throttles.loginNotChecked(attempt);
            throw new Throttled(Duration.ofSeconds(busy.retryAfterSeconds()));
        }
        throttles.loginSucceeded(attempt);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
