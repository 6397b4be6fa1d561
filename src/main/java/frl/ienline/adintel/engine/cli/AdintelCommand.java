package frl.ienline.adintel.engine.cli;

import frl.ienline.adintel.engine.BoilerplateGuard;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.Partition;
import frl.ienline.adintel.engine.snapshot.LineError;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar ienline.jar adintel <generate|cluster|evaluate|benchmark|import> [options]}: the ad
 * intelligence engine from the command line, without Spring and without a database — except {@code import},
 * which starts the application without web server to import into its database.
 */
public final class AdintelCommand {

    static final String USAGE = """
            Usage: java -jar ienline.jar adintel <command> [options]

              generate  --ads N --seed S --out ads.jsonl [--obfuscation 0..4] [--organised 0.5] [--mode templates|shared]
                        writes N synthetic ads and their ground truth (ads.truth.csv beside the output);
                        shared: many independent advertisers writing from one stock of phrases
              cluster   --in ads.jsonl --out clusters.csv [--threads T]
                        writes source,sourceAdId,clusterId,networkId (empty id: the ad is in no cluster/network)
              evaluate  --in ads.jsonl --truth ads.truth.csv [--clusters clusters.csv]
                        [--boilerplate-cluster-size 500] [--boilerplate-network-size 1000]
                        pairwise precision and recall of clusters and networks against the ground truth; the
                        largest cluster and network and their share of all ads; how many exceed the guard
              import    --in ads.jsonl
                        imports into the configured database (starts the application without web server;
                        all or nothing, in one transaction); prints the counts or every error with its line
              benchmark [--sizes 10000,100000,1000000] [--levels 0,1,2,3,4] [--quality-ads 20000]
                        [--attach-base 100000] [--attach 2000] [--dir DIR]
                        prints time and heap per size, quality per obfuscation level and attach latency
            """;

    private final PrintStream out;
    private final PrintStream err;

    AdintelCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Entry point for {@code frl.ienline.Commands}; returns the exit code. */
    public static int run(String[] args) {
        return new AdintelCommand(System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        Map<String, String> options;
        try {
            options = options(args);
            return switch (command) {
                case "generate" -> generate(options);
                case "cluster" -> cluster(options);
                case "evaluate" -> evaluate(options);
                case "benchmark" -> new Benchmark(out).run(options);
                case "import" -> DatabaseImport.run(options, out, err);
                default -> throw new UsageError("unknown command '" + command + "'");
            };
        } catch (UsageError e) {
            err.println("adintel: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("adintel: " + e.getMessage());
            return 1;
        }
    }

    /** A mistake in how the command was called. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || name.length() < 3) {
                throw new UsageError("expected an option such as --in, got '" + name + "'");
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new UsageError("option " + name + " needs a value");
            }
            if (options.put(name.substring(2), args[++i]) != null) {
                throw new UsageError("option " + name + " given twice");
            }
        }
        return options;
    }

    static void allow(Map<String, String> options, Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageError("unknown option --" + name);
            }
        }
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageError("missing --" + name);
        }
        return value;
    }

    static long number(Map<String, String> options, String name, long fallback, long min, long max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.replace("_", ""));
            if (n < min || n > max) {
                throw new UsageError("--" + name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " must be a whole number, not '" + value + "'");
        }
    }

    private int generate(Map<String, String> options) throws IOException {
        allow(options, Set.of("ads", "seed", "out", "obfuscation", "organised", "mode"));
        int ads = (int) number(options, "ads", -1, 0, 50_000_000);
        if (ads < 0) {
            throw new UsageError("missing --ads");
        }
        long seed = number(options, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int level = (int) number(options, "obfuscation", GeneratorSettings.DEFAULT_OBFUSCATION, 0, GeneratorSettings.MAX_OBFUSCATION);
        double organised;
        try {
            organised = Double.parseDouble(options.getOrDefault("organised", "0.5"));
        } catch (NumberFormatException e) {
            throw new UsageError("--organised must be a number between 0 and 1");
        }
        if (!(organised >= 0 && organised <= 1)) {
            throw new UsageError("--organised must be a number between 0 and 1");
        }
        GeneratorSettings.Mode mode = switch (options.getOrDefault("mode", "templates")) {
            case "templates" -> GeneratorSettings.Mode.TEMPLATES;
            case "shared" -> GeneratorSettings.Mode.SHARED_PHRASES;
            default -> throw new UsageError("--mode must be templates or shared");
        };
        Path path = Path.of(required(options, "out"));
        Path truth = AdGenerator.truthPathFor(path);
        long t0 = System.nanoTime();
        new AdGenerator(new GeneratorSettings(ads, seed, level, organised, mode)).write(path, truth);
        out.printf(Locale.ROOT, "wrote %d ads to %s and the ground truth to %s in %.1f s%n", ads, path, truth,
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private int cluster(Map<String, String> options) throws IOException {
        allow(options, Set.of("in", "out", "threads"));
        Path in = existing(required(options, "in"));
        Path target = Path.of(required(options, "out"));
        int threads = (int) number(options, "threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        FileAnalysis.Result result = new FileAnalysis(EngineSettings.DEFAULT, threads).run(in);
        if (!result.ok()) {
            return reportErrors(result);
        }
        writeClusters(result, target);
        Partition p = result.partition();
        long clustered = 0;
        long networked = 0;
        for (int i = 0; i < p.size(); i++) {
            clustered += p.cluster(i) >= 0 ? 1 : 0;
            networked += p.network(i) >= 0 ? 1 : 0;
        }
        out.printf(Locale.ROOT, "%d ads: %d in text clusters, %d in networks; read %.1f s, clustered %.1f s (%s); wrote %s%n",
                p.size(), clustered, networked, result.readNanos() / 1e9, result.clusterNanos() / 1e9, result.timings(), target);
        return 0;
    }

    private int reportErrors(FileAnalysis.Result result) {
        err.println("adintel: the input has " + result.totalErrors() + " error(s); nothing was clustered");
        for (LineError e : result.errors()) {
            err.println("  " + e);
        }
        if (result.totalErrors() > result.errors().size()) {
            err.println("  … and " + (result.totalErrors() - result.errors().size()) + " more");
        }
        return 1;
    }

    static void writeClusters(FileAnalysis.Result result, Path target) throws IOException {
        Partition p = result.partition();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 16)) {
            w.write("source,sourceAdId,clusterId,networkId\n");
            for (int i = 0; i < p.size(); i++) {
                w.write(csv(result.sources().get(i)));
                w.write(',');
                w.write(csv(result.adIds().get(i)));
                w.write(',');
                w.write(p.cluster(i) >= 0 ? "C" + p.cluster(i) : "");
                w.write(',');
                w.write(p.network(i) >= 0 ? "N" + p.network(i) : "");
                w.write('\n');
            }
        }
    }

    /** A CSV field, quoted when needed, with spreadsheet formulas neutralised. */
    static String csv(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private int evaluate(Map<String, String> options) throws IOException {
        allow(options, Set.of("in", "truth", "clusters", "threads", "boilerplate-cluster-size", "boilerplate-network-size"));
        Path in = existing(required(options, "in"));
        Path truthPath = existing(required(options, "truth"));
        int threads = (int) number(options, "threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        Map<String, String[]> truth = readLabels(truthPath, "trueClusterId", "trueNetworkId");
        List<String> keys = new ArrayList<>();
        List<String> predictedClusters = new ArrayList<>();
        List<String> predictedNetworks = new ArrayList<>();
        if (options.containsKey("clusters")) {
            Map<String, String[]> predicted = readLabels(existing(options.get("clusters")), "clusterId", "networkId");
            predicted.forEach((key, labels) -> {
                keys.add(key);
                predictedClusters.add(labels[0]);
                predictedNetworks.add(labels[1]);
            });
        } else {
            FileAnalysis.Result result = new FileAnalysis(EngineSettings.DEFAULT, threads).run(in);
            if (!result.ok()) {
                return reportErrors(result);
            }
            Partition p = result.partition();
            for (int i = 0; i < p.size(); i++) {
                keys.add(result.sources().get(i) + "," + result.adIds().get(i));
                predictedClusters.add(p.cluster(i) >= 0 ? "C" + p.cluster(i) : "");
                predictedNetworks.add(p.network(i) >= 0 ? "N" + p.network(i) : "");
            }
        }
        List<String> trueClusters = new ArrayList<>(keys.size());
        List<String> trueNetworks = new ArrayList<>(keys.size());
        for (String key : keys) {
            String[] labels = truth.get(key);
            if (labels == null) {
                throw new UsageError("ad " + key + " is not in the ground truth");
            }
            trueClusters.add(labels[0]);
            trueNetworks.add(labels[1]);
        }
        out.println("ads:      " + keys.size());
        out.println("clusters: " + PairwiseScore.of(predictedClusters, trueClusters));
        out.println("networks: " + PairwiseScore.of(predictedNetworks, trueNetworks));
        BoilerplateGuard guard = guard(options);
        printLargest("cluster", BoilerplateGuard.largest(predictedClusters, guard.maxClusterSize()), guard.maxClusterSize());
        printLargest("network", BoilerplateGuard.largest(predictedNetworks, guard.maxNetworkSize()), guard.maxNetworkSize());
        return 0;
    }

    private void printLargest(String kind, BoilerplateGuard.Largest largest, int limit) {
        out.printf(Locale.ROOT, "largest %s: %d ads (%.2f %% of ads); %d of %d %ss beyond %d ads (probably boilerplate)%n",
                kind, largest.size(), 100 * largest.share(), largest.beyondLimit(), largest.groups(), kind, limit);
    }

    static BoilerplateGuard guard(Map<String, String> options) {
        return new BoilerplateGuard(
                (int) number(options, "boilerplate-cluster-size", BoilerplateGuard.DEFAULT.maxClusterSize(), 2, Integer.MAX_VALUE),
                (int) number(options, "boilerplate-network-size", BoilerplateGuard.DEFAULT.maxNetworkSize(), 2, Integer.MAX_VALUE));
    }

    /** Reads {@code source,sourceAdId,<a>,<b>} into key "source,sourceAdId" → [a, b], in file order. */
    static Map<String, String[]> readLabels(Path path, String first, String second) throws IOException {
        Map<String, String[]> labels = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.equals("source,sourceAdId," + first + "," + second)) {
                throw new UsageError(path + " must start with the header source,sourceAdId," + first + "," + second);
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split(",", -1);
                if (parts.length != 4) {
                    throw new UsageError(path + " line " + lineNumber + ": expected 4 comma-separated fields");
                }
                labels.put(parts[0] + "," + parts[1], new String[] {parts[2], parts[3]});
            }
        }
        return labels;
    }

    static Path existing(String name) {
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            throw new UsageError("no such file: " + name);
        }
        return path;
    }

}
