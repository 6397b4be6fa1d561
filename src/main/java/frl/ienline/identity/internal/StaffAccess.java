package frl.ienline.identity.internal;

import frl.ienline.shared.AccessScope;
import frl.ienline.shared.Compartment;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a staff member may do and see: organisation, roles and the municipalities of their scope. The
 * compartment follows from the roles. Rules: at least one role; never roles of both enforcement and care
 * (the wall); a user in a compartment needs at least one municipality.
 */
record StaffAccess(String organisationCode, Set<Role> roles, SortedSet<MunicipalityCode> municipalities) {

    /** A broken rule: the form field it concerns and a message key of the identity bundle. */
    record Problem(String field, String messageKey) {
    }

    StaffAccess {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        municipalities = java.util.Collections.unmodifiableSortedSet(
                new TreeSet<>(municipalities == null ? Set.of() : municipalities));
        List<Problem> problems = problems(organisationCode, roles, municipalities);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid access: " + problems.stream()
                    .map(p -> p.field() + " " + p.messageKey()).toList());
        }
    }

    static StaffAccess of(String organisationCode, Collection<Role> roles, Collection<MunicipalityCode> municipalities) {
        return new StaffAccess(organisationCode, roles == null ? Set.of() : Set.copyOf(roles),
                new TreeSet<>(municipalities == null ? Set.of() : municipalities));
    }

    /** Every rule the combination breaks; empty when it is valid. */
    static List<Problem> problems(String organisationCode, Collection<Role> roles,
            Collection<MunicipalityCode> municipalities) {
        List<Problem> problems = new ArrayList<>();
        if (organisationCode == null || organisationCode.isBlank()) {
            problems.add(new Problem("organisation", "identity.error.organisation.required"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new Problem("roles", "identity.error.roles.required"));
        } else if (spansTheWall(roles)) {
            problems.add(new Problem("roles", "identity.error.roles.wall"));
        }
        if (roles != null && !roles.isEmpty() && !spansTheWall(roles) && compartmentOf(roles) != Compartment.NONE
                && (municipalities == null || municipalities.isEmpty())) {
            problems.add(new Problem("municipalities", "identity.error.municipalities.required"));
        }
        return problems;
    }

    static boolean spansTheWall(Collection<Role> roles) {
        return roles.stream().anyMatch(r -> r.compartment() == Compartment.ENFORCEMENT)
                && roles.stream().anyMatch(r -> r.compartment() == Compartment.CARE);
    }

    /** Enforcement if any role is, care if any role is, otherwise none (administration, privacy officer). */
    static Compartment compartmentOf(Collection<Role> roles) {
        if (spansTheWall(roles)) {
            throw new IllegalArgumentException("Roles may not span enforcement and care: " + roles);
        }
        return roles.stream().map(Role::compartment).filter(c -> c != Compartment.NONE).findFirst()
                .orElse(Compartment.NONE);
    }

    Compartment compartment() {
        return compartmentOf(roles);
    }

    AccessScope scope() {
        return AccessScope.of(municipalities, compartment());
    }
}
