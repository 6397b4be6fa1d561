package frl.ienline.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The person behind a request, as every module needs to know it: who, for which organisation, with
 * which roles and scope. The identity module's principal implements it.
 */
public interface Actor {

    UUID id();

    String username();

    String displayName();

    String organisationCode();

    Set<Role> roles();

    AccessScope scope();

    boolean demo();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    default boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles().contains(role)) {
                return true;
            }
        }
        return false;
    }
}
