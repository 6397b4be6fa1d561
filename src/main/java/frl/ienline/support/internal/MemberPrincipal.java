package frl.ienline.support.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in member of the portal. Deliberately not an {@link frl.ienline.shared.Actor}: no staff page
 * and no staff service ever accepts a member, and a member's session lives under its own attribute.
 */
public final class MemberPrincipal implements UserDetails, CredentialsContainer {

    public static final String AUTHORITY = "ROLE_MEMBER";

    private final UUID id;
    private final String workingName;
    private String passwordHash;

    public MemberPrincipal(UUID id, String workingName, String passwordHash) {
        this.id = id;
        this.workingName = workingName;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String workingName() {
        return workingName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(AUTHORITY));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return workingName;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + id + "]";
    }
}
