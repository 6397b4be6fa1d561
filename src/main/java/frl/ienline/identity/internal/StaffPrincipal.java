package frl.ienline.identity.internal;

import frl.ienline.shared.AccessScope;
import frl.ienline.shared.Actor;
import frl.ienline.shared.Role;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member as every module sees it through {@link frl.ienline.shared.CurrentActor}.
 * Rebuilt from the database on every request (see {@link SessionPolicyFilter}), so a change of roles or
 * a disabled account takes effect at once.
 */
record StaffPrincipal(UUID id, String username, String displayName, String organisationCode, Set<Role> roles,
        AccessScope scope, boolean demo) implements Actor, java.io.Serializable { // in a database session (ADR 0021)

    StaffPrincipal {
        roles = Set.copyOf(roles);
    }
}
