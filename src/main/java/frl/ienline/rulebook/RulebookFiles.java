package frl.ienline.rulebook;

import frl.ienline.rulebook.internal.RulebookSources;
import java.io.InputStream;

/**
 * Loads rulebook versions without Spring, for command-line tools and tests. Every file is validated;
 * problems are reported together as an {@link InvalidRulebook}, each naming its file and field path, e.g.
 * {@code 2026.1.yaml: licenceKinds[1].decisionTerm: must be a positive period like P8W}.
 */
public final class RulebookFiles {

    /** Where the versions shipped with ienline live: {@code src/main/resources/rulebook/versions/*.yaml}. */
    public static final String BUNDLED = RulebookSources.BUNDLED;

    private RulebookFiles() {
    }

    /** The versions shipped with ienline. */
    public static RulebookVersions loadBundled() {
        return load(BUNDLED);
    }

    /** The versions matching a resource pattern, e.g. {@code file:/srv/rulebook/*.yaml}. */
    public static RulebookVersions load(String locationPattern) {
        return new RulebookVersions(RulebookSources.load(locationPattern).stream()
                .map(RulebookSources.Source::version).toList());
    }

    /** One version file; {@code fileName} (e.g. {@code 2026.1.yaml}) must match the id inside. */
    public static RulebookVersion parse(String fileName, InputStream yaml) {
        return RulebookSources.parseYaml(fileName, yaml).version();
    }
}
