package frl.ienline.shared;

import java.util.List;

/**
 * URL patterns a module serves without login. Declared as a bean by the module that owns them; the
 * security configuration permits exactly the union, everything else needs a signed-in staff member.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
