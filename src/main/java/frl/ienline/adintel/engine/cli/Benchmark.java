package frl.ienline.adintel.engine.cli;

import frl.ienline.adintel.engine.AdFeatures;
import frl.ienline.adintel.engine.AdIntelligence;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.FeatureExtractor;
import frl.ienline.adintel.engine.Partition;

import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** {@code adintel benchmark}: the figures for {@code docs/benchmarks.md}, measured in one run. */
final class Benchmark {

    private final PrintStream out;

    Benchmark(PrintStream out) {
        this.out = out;
    }

    int run(Map<String, String> options) throws IOException {
        AdintelCommand.allow(options, Set.of("sizes", "levels", "quality-ads", "attach-base", "attach", "dir", "threads"));
        long[] sizes = list(options.getOrDefault("sizes", "10000,100000,1000000"));
        long[] levels = list(options.getOrDefault("levels", "0,1,2,3,4"));
        int qualityAds = (int) AdintelCommand.number(options, "quality-ads", 20_000, 100, 10_000_000);
        int attachBase = (int) AdintelCommand.number(options, "attach-base", 100_000, 0, 10_000_000);
        int attach = (int) AdintelCommand.number(options, "attach", 2_000, 10, 1_000_000);
        int threads = (int) AdintelCommand.number(options, "threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        for (long level : levels) {
            if (level < 0 || level > GeneratorSettings.MAX_OBFUSCATION) {
                throw new AdintelCommand.UsageError("--levels must be between 0 and " + GeneratorSettings.MAX_OBFUSCATION);
            }
        }
        Path dir = options.containsKey("dir") ? Path.of(options.get("dir")) : Files.createTempDirectory("adintel-benchmark");
        Files.createDirectories(dir);
        out.printf(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s, load average at start %.1f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, Runtime.version(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        scale(dir, sizes, threads);
        quality(dir, levels, qualityAds, threads);
        attach(dir, attachBase, attach);
        return 0;
    }

    private void scale(Path dir, long[] sizes, int threads) throws IOException {
        out.println();
        out.println("== Scale (default obfuscation " + GeneratorSettings.DEFAULT_OBFUSCATION + ", seed 42, " + threads + " threads)");
        out.println("wall-clock seconds; cpu = process CPU seconds (both cores) for read+extract+cluster");
        out.println("ads        generate  read+extract  cluster  total    cpu      ads/s     peak heap  ratio(time)          cluster P / R   network P / R");
        double previous = 0;
        long previousSize = 0;
        for (long size : sizes) {
            Path file = dir.resolve("scale-" + size + ".jsonl");
            Path truth = AdGenerator.truthPathFor(file);
            long g0 = System.nanoTime();
            new AdGenerator(GeneratorSettings.of((int) size, 42)).write(file, truth);
            double generate = (System.nanoTime() - g0) / 1e9;
            System.gc();
            HeapSampler sampler = new HeapSampler();
            long cpu0 = processCpuNanos();
            FileAnalysis.Result result = new FileAnalysis(EngineSettings.DEFAULT, threads).run(file);
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            long peak = sampler.stop();
            double total = (result.readNanos() + result.clusterNanos()) / 1e9;
            Scores scores = score(result, truth);
            String ratio = previous == 0 ? "-" : String.format(Locale.ROOT, "%.1fx for %.0fx ads", total / previous,
                    (double) size / previousSize);
            out.printf(Locale.ROOT, "%-10d %6.1f s  %9.1f s  %6.1f s  %6.1f s  %6.1f s  %8.0f  %6d MB  %-20s %.3f / %.3f   %.3f / %.3f%n",
                    size, generate, result.readNanos() / 1e9, result.clusterNanos() / 1e9, total, cpu, size / total, peak >> 20, ratio,
                    scores.clusters.precision(), scores.clusters.recall(), scores.networks.precision(), scores.networks.recall());
            previous = total;
            previousSize = size;
            Files.deleteIfExists(file);
            Files.deleteIfExists(truth);
        }
    }

    private void quality(Path dir, long[] levels, int ads, int threads) throws IOException {
        out.println();
        out.println("== Quality by obfuscation level (" + ads + " ads, seed 7)");
        out.println("level  cluster precision  recall   F1      network precision  recall   F1");
        for (long level : levels) {
            Path file = dir.resolve("quality-" + level + ".jsonl");
            Path truth = AdGenerator.truthPathFor(file);
            new AdGenerator(GeneratorSettings.of(ads, 7).withObfuscation((int) level)).write(file, truth);
            FileAnalysis.Result result = new FileAnalysis(EngineSettings.DEFAULT, threads).run(file);
            Scores s = score(result, truth);
            out.printf(Locale.ROOT, "%-6d %-18.4f %-8.4f %-7.4f %-18.4f %-8.4f %.4f%n", level, s.clusters.precision(),
                    s.clusters.recall(), s.clusters.f1(), s.networks.precision(), s.networks.recall(), s.networks.f1());
            Files.deleteIfExists(file);
            Files.deleteIfExists(truth);
        }
    }

    private void attach(Path dir, int base, int count) throws IOException {
        out.println();
        out.println("== Incremental attach (" + base + " ads attached first, then " + count + " timed one by one)");
        Path file = dir.resolve("attach.jsonl");
        Path truth = AdGenerator.truthPathFor(file);
        new AdGenerator(GeneratorSettings.of(base + count, 11)).write(file, truth);
        FeatureExtractor extractor = new FeatureExtractor(EngineSettings.DEFAULT.clusters());
        AdIntelligence engine = new AdIntelligence(EngineSettings.DEFAULT, base + count);
        long[] withExtraction = new long[count];
        long[] attachOnly = new long[count];
        AtomicLong seen = new AtomicLong();
        long[] loadNanos = new long[1];
        long t0 = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            AdSnapshotReader.Summary summary = new AdSnapshotReader().stream(in, (line, snapshot) -> {
                long n = seen.getAndIncrement();
                if (n < base) {
                    engine.attach(extractor.features(snapshot));
                    if (n == base - 1) {
                        loadNanos[0] = System.nanoTime() - t0;
                    }
                    return;
                }
                int k = (int) (n - base);
                long a = System.nanoTime();
                AdFeatures features = extractor.features(snapshot);
                long b = System.nanoTime();
                engine.attach(features);
                long c = System.nanoTime();
                withExtraction[k] = c - a;
                attachOnly[k] = c - b;
            });
            if (!summary.ok()) {
                throw new IOException("generated file did not read: " + summary.errors());
            }
        }
        Partition partition = engine.partition();
        out.printf(Locale.ROOT, "loading %d ads one by one: %.1f s (%.0f ads/s); %d ads in clusters%n", base, loadNanos[0] / 1e9,
                base / Math.max(1e-9, loadNanos[0] / 1e9), countClustered(partition));
        out.printf(Locale.ROOT, "attach only:             p50 %.3f ms  p99 %.3f ms  max %.3f ms%n", pct(attachOnly, 50),
                pct(attachOnly, 99), pct(attachOnly, 100));
        out.printf(Locale.ROOT, "extraction + attach:     p50 %.3f ms  p99 %.3f ms  max %.3f ms%n", pct(withExtraction, 50),
                pct(withExtraction, 99), pct(withExtraction, 100));
        Files.deleteIfExists(file);
        Files.deleteIfExists(truth);
    }

    /** CPU time of the whole process, so figures can be compared when other work shares the cores. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long countClustered(Partition p) {
        long n = 0;
        for (int i = 0; i < p.size(); i++) {
            n += p.cluster(i) >= 0 ? 1 : 0;
        }
        return n;
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private record Scores(PairwiseScore clusters, PairwiseScore networks) {
    }

    private static Scores score(FileAnalysis.Result result, Path truthPath) throws IOException {
        Map<String, String[]> truth = AdintelCommand.readLabels(truthPath, "trueClusterId", "trueNetworkId");
        Partition p = result.partition();
        List<String> pc = new ArrayList<>(p.size());
        List<String> pn = new ArrayList<>(p.size());
        List<String> tc = new ArrayList<>(p.size());
        List<String> tn = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            String[] labels = truth.get(result.sources().get(i) + "," + result.adIds().get(i));
            pc.add(p.cluster(i) >= 0 ? Integer.toString(p.cluster(i)) : "");
            pn.add(p.network(i) >= 0 ? Integer.toString(p.network(i)) : "");
            tc.add(labels[0]);
            tn.add(labels[1]);
        }
        return new Scores(PairwiseScore.of(pc, tc), PairwiseScore.of(pn, tn));
    }

    private static long[] list(String value) {
        try {
            return Arrays.stream(value.split(",")).map(String::strip).mapToLong(s -> Long.parseLong(s.replace("_", ""))).toArray();
        } catch (NumberFormatException e) {
            throw new AdintelCommand.UsageError("expected a comma-separated list of whole numbers, not '" + value + "'");
        }
    }

    /** Samples the used heap every 20 ms on a daemon thread; the peak is an honest upper bound of the live set. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        HeapSampler() {
            thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running = false;
            Runtime runtime = Runtime.getRuntime();
            peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            return peak.get();
        }
    }

}
