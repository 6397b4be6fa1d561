package frl.ienline.adintel;

import frl.ienline.IenlineApplication;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports generated ads into a throw-away embedded PostgreSQL through the one import path (read, validate,
 * extract with gazetteer and indicators, licence check, COPY, engine attach, group ids, moves), and times it.
 * {@code -Dbench.ads=100000 -Dbench.seed=42}; a second import of the same file measures the no-op path.
 * See docs/benchmarks.md, section "Ad import".
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ads = Integer.getInteger("bench.ads", 100_000);
        long seed = Long.getLong("bench.seed", 42L);
        Path data = Files.createTempDirectory("ienline-import-benchmark-");
        Path file = data.resolve("ads.jsonl");
        long t0 = System.nanoTime();
        new AdGenerator(GeneratorSettings.of(ads, seed)).write(file, AdGenerator.truthPathFor(file));
        System.out.printf(Locale.ROOT, "generated %,d ads (%,d MB) in %.1f s%n", ads, Files.size(file) >> 20,
                (System.nanoTime() - t0) / 1e9);
        SpringApplication application = new SpringApplication(IenlineApplication.class);
        // arguments outrank application.yml (default properties would not): no HTTP port, a throw-away database
        try (ConfigurableApplicationContext context = application.run("--server.port=-1",
                "--ienline.database.embedded.data-directory=" + data.resolve("db"),
                "--ienline.database.embedded.ephemeral=true", "--ienline.demo.enabled=false",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            AdImports imports = context.getBean(AdImports.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            System.out.printf(Locale.ROOT, "cores %d, max heap %d MB, load average %.1f%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            for (String round : new String[] {"first import", "same file again (no-op)"}) {
                long cpu0 = cpu();
                long machine0 = machineCpuMillis();
                long start = System.nanoTime();
                ImportOutcome outcome;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    outcome = imports.importAsSystem(in, ImportSource.COMMAND, false);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                ImportOutcome.Completed done = (ImportOutcome.Completed) outcome;
                System.out.printf(Locale.ROOT, "%-24s %6.1f s wall, %6.1f s process CPU, %6.1f s machine CPU (all processes,"
                                + " PostgreSQL included), %,8.0f ads/s: %,d new snapshots, %,d new ads, %,d repeated%n", round,
                        seconds, (cpu() - cpu0) / 1e9, (machineCpuMillis() - machine0) / 1e3, done.snapshotsRead() / seconds,
                        done.newSnapshots(), done.newAds(), done.repeatedSnapshots());
            }
            long rebuild = System.nanoTime();
            imports.rebuild();
            System.out.printf(Locale.ROOT, "full recomputation from the database (as at start-up): %.1f s%n",
                    (System.nanoTime() - rebuild) / 1e9);
            System.out.printf(Locale.ROOT, "rows: %d ads, %d snapshots, %d entities, %d indicators, %d networks, %d clusters,"
                            + " %d moves%n",
                    count(jdbc, "ad"), count(jdbc, "snapshot"), count(jdbc, "entity"), count(jdbc, "indicator"),
                    count(jdbc, "network"), count(jdbc, "cluster"), count(jdbc, "mobility_move"));
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM adintel." + table).query(Long.class).single();
    }

    /** Busy time of all processors since boot, from /proc/stat (user, nice, system, irq, softirq, steal), in ms. */
    private static long machineCpuMillis() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long ticks = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                ticks += Long.parseLong(fields[i]);
            }
            return ticks * 10; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
