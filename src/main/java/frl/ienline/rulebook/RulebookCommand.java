package frl.ienline.rulebook;

import frl.ienline.rulebook.internal.RulebookSources;
import frl.ienline.rulebook.internal.VersionDiffer;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Command-line checks of the rulebook data, without Spring, web server or database:
 * {@code java -jar ienline.jar rulebook check [location]} validates the version files and the gazetteer;
 * {@code java -jar ienline.jar rulebook diff <from> <to> [location]} prints what changed between two versions.
 * {@code location} is a resource pattern such as {@code file:rulebook/versions/*.yaml}; default: the bundled files.
 */
public final class RulebookCommand {

    private RulebookCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "check" : args[0];
        try {
            return switch (command) {
                case "check" -> check(args.length > 1 ? args[1] : RulebookSources.BUNDLED, out);
                case "diff" -> args.length < 3 ? usage(err)
                        : diff(args[1], args[2], args.length > 3 ? args[3] : RulebookSources.BUNDLED, out, err);
                default -> usage(err);
            };
        } catch (InvalidRulebook e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int check(String location, PrintStream out) {
        List<RulebookSources.Source> sources = RulebookSources.load(location);
        for (RulebookSources.Source source : sources) {
            RulebookVersion version = source.version();
            out.printf(Locale.ROOT, "%s: version %s, effective from %s, %d municipalities, %d licence kinds, sha256 %s%n",
                    source.name(), version.id(), version.effectiveFrom(), version.municipalities().size(),
                    version.licenceKinds().size(), source.sha256());
        }
        Gazetteer gazetteer = Gazetteer.loadBundled(sources.getLast().version().municipalities());
        out.printf(Locale.ROOT, "%s: %d places%n", Gazetteer.BUNDLED, gazetteer.places().size());
        out.println("OK");
        return 0;
    }

    private static int diff(String fromId, String toId, String location, PrintStream out, PrintStream err) {
        List<RulebookSources.Source> sources = RulebookSources.load(location);
        var from = sources.stream().filter(s -> s.version().id().equals(fromId)).findFirst();
        var to = sources.stream().filter(s -> s.version().id().equals(toId)).findFirst();
        if (from.isEmpty() || to.isEmpty()) {
            err.println("Unknown version; known: " + sources.stream().map(s -> s.version().id()).toList());
            return 1;
        }
        RulebookDiff diff = new VersionDiffer(Locale.of("nl")).diff(fromId, RulebookSources.tree(from.get().canonicalJson()),
                toId, RulebookSources.tree(to.get().canonicalJson()));
        diff.changes().forEach(c -> out.printf(Locale.ROOT, "%-8s %s: %s -> %s%n", c.kind(), c.path(),
                c.before() == null ? "-" : c.before(), c.after() == null ? "-" : c.after()));
        out.println(diff.changes().size() + " change(s)");
        return 0;
    }

    private static int usage(PrintStream err) {
        err.println("Usage: rulebook check [location] | rulebook diff <from> <to> [location]");
        err.println("  location: e.g. file:src/main/resources/rulebook/versions/*.yaml (default: the bundled files)");
        return 2;
    }
}
