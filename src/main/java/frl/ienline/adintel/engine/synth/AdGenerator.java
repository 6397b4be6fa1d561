package frl.ienline.adintel.engine.synth;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes synthetic ads in the import format, deterministically from a seed, with the ground truth beside them.
 * Two modes: {@link GeneratorSettings.Mode#TEMPLATES} ({@link TemplatePlanner}: organised networks posting copies of
 * their templates, independent workers with their own text) and {@link GeneratorSettings.Mode#SHARED_PHRASES}
 * ({@link SharedPhrasePlanner}: many independent advertisers writing from one stock of phrases, operations whose
 * templates differ in one phrase from another's, ads made of common words). {@link AdRenderer} writes each ad with
 * the chosen obfuscation.
 *
 * <p>Ground truth ({@code source,sourceAdId,trueClusterId,trueNetworkId}): the template an ad was made
 * from and the network (or the independent worker with several ads) it belongs to; empty for an ad
 * that is alone.
 */
public final class AdGenerator {

    private static final String[] SOURCES = {"kinky.nl", "sexjobs.nl", "escort-friesland.example", "rodelampen.example"};

    private final GeneratorSettings settings;

    public AdGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** {@code ads.jsonl} → {@code ads.truth.csv}. */
    public static Path truthPathFor(Path jsonl) {
        String name = jsonl.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
        return jsonl.resolveSibling(base + ".truth.csv");
    }

    public void write(Path jsonl, Path truth) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonl), 1 << 16);
             Writer truthOut = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(truth), StandardCharsets.UTF_8),
                     1 << 16)) {
            write(out, truthOut);
        }
    }

    /** Writes the ads as JSON Lines and the ground truth as CSV. */
    public void write(OutputStream jsonl, Writer truth) throws IOException {
        List<Plan> plans = plan();
        AdRenderer renderer = new AdRenderer(settings);
        truth.write("source,sourceAdId,trueClusterId,trueNetworkId\n");
        Writer out = new BufferedWriter(new OutputStreamWriter(jsonl, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder(2048);
        for (Plan plan : plans) {
            line.setLength(0);
            renderer.render(plan, line);
            out.write(line.toString());
            truth.write(plan.source + "," + plan.id + "," + plan.trueCluster + "," + plan.trueNetwork + "\n");
        }
        out.flush();
        truth.flush();
    }

    /** Every ad planned, in capture order, with its id and site. */
    private List<Plan> plan() {
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<Plan> plans = switch (settings.mode()) {
            case TEMPLATES -> new TemplatePlanner(settings).plan(random);
            case SHARED_PHRASES -> new SharedPhrasePlanner(settings).plan(random);
        };
        for (int i = 0; i < plans.size(); i++) {
            plans.get(i).index = i;
        }
        plans.sort((a, b) -> a.at != b.at ? Long.compare(a.at, b.at) : Integer.compare(a.index, b.index));
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            plan.id = "a-" + (1_000_000 + i);
            plan.source = SOURCES[(int) Math.floorMod(plan.seed, SOURCES.length)];
        }
        return plans;
    }
}
