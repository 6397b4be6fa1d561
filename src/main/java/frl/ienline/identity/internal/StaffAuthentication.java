package frl.ienline.identity.internal;

import java.time.Instant;
import java.util.Objects;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A fully signed-in staff member: password and second factor (or the IdP's MFA, or a demo account).
 * Authorities are the roles' {@link frl.ienline.shared.Role#authority()} names.
 *
 * @param signedInAt when the login started (injected clock): the absolute session timeout counts from here
 */
final class StaffAuthentication extends AbstractAuthenticationToken {

    private final StaffPrincipal principal;
    private final Instant signedInAt;

    StaffAuthentication(StaffPrincipal principal, Instant signedInAt) {
        super(principal.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.principal = principal;
        this.signedInAt = Objects.requireNonNull(signedInAt);
        super.setAuthenticated(true);
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return principal.username();
    }

    Instant signedInAt() {
        return signedInAt;
    }

    StaffAuthentication refreshed(StaffPrincipal current) {
        return new StaffAuthentication(current, signedInAt);
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Create a new StaffAuthentication instead");
        }
        super.setAuthenticated(false);
    }
}
