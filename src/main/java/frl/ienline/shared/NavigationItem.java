package frl.ienline.shared;

import java.util.Set;

/**
 * An entry in the staff menu, declared as a bean by the module that owns the page. Shown only to
 * actors holding one of {@code roles}; {@code order} sorts the menu.
 */
public record NavigationItem(String messageKey, String path, int order, Set<Role> roles) {

    public NavigationItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Actor actor) {
        return actor.roles().stream().anyMatch(roles::contains);
    }
}
