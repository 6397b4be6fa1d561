package frl.ienline.adintel.engine.cli;

import frl.ienline.adintel.engine.AdFeatures;
import frl.ienline.adintel.engine.BatchAnalysis;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.FeatureExtractor;
import frl.ienline.adintel.engine.Partition;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.LineError;
import frl.ienline.adintel.engine.snapshot.LineSplitter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a JSON Lines file and clusters it in one go: one thread splits lines, worker threads parse,
 * validate and compute features in batches (results taken in file order), and only compact features
 * are kept. If any line is invalid the result carries the errors and no partition (all or nothing).
 */
public final class FileAnalysis {

    private static final int BATCH = 1024;
    /** One String per distinct source name instead of one per ad. */
    private static final java.util.Map<String, String> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The outcome: ids in file order and the partition, or the errors. */
    public record Result(List<String> sources, List<String> adIds, Partition partition, List<LineError> errors,
            long totalErrors, long readNanos, long clusterNanos, String timings) {

        public boolean ok() {
            return totalErrors == 0;
        }
    }

    private record Item(String source, String adId, AdFeatures features) {
    }

    private record BatchResult(List<Item> items, List<LineError> errors) {
    }

    private final EngineSettings settings;
    private final int threads;

    public FileAnalysis(EngineSettings settings, int threads) {
        this.settings = settings;
        this.threads = Math.max(1, threads);
    }

    public Result run(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return run(in, Math.max(1024, (int) Math.min(Integer.MAX_VALUE, Files.size(file) / 800)));
        }
    }

    public Result run(InputStream in, int expected) throws IOException {
        long t0 = System.nanoTime();
        AdSnapshotReader reader = new AdSnapshotReader();
        FeatureExtractor extractor = new FeatureExtractor(settings.clusters());
        LineSplitter lines = new LineSplitter(in, reader.maxLineBytes());
        BatchAnalysis batch = new BatchAnalysis(settings, expected);
        List<String> sources = new ArrayList<>(expected);
        List<String> ids = new ArrayList<>(expected);
        AdSnapshotReader.ErrorList errors = new AdSnapshotReader.ErrorList(AdSnapshotReader.DEFAULT_MAX_ERRORS);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "adintel-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<BatchResult>> inFlight = new ArrayDeque<>();
            List<LineSplitter.RawLine> chunk = new ArrayList<>(BATCH);
            for (LineSplitter.RawLine raw = lines.next(); raw != null; raw = lines.next()) {
                chunk.add(raw);
                if (chunk.size() == BATCH) {
                    List<LineSplitter.RawLine> work = chunk;
                    inFlight.add(pool.submit(() -> parse(reader, extractor, work, errors.total() == 0)));
                    chunk = new ArrayList<>(BATCH);
                    while (inFlight.size() > threads * 3) {
                        take(inFlight.poll(), batch, sources, ids, errors);
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<LineSplitter.RawLine> work = chunk;
                inFlight.add(pool.submit(() -> parse(reader, extractor, work, true)));
            }
            while (!inFlight.isEmpty()) {
                take(inFlight.poll(), batch, sources, ids, errors);
            }
        } finally {
            pool.shutdownNow();
        }
        long t1 = System.nanoTime();
        if (errors.total() > 0) {
            return new Result(List.of(), List.of(), null, errors.kept(), errors.total(), t1 - t0, 0, "");
        }
        Partition partition = batch.run();
        long t2 = System.nanoTime();
        return new Result(sources, ids, partition, List.of(), 0, t1 - t0, t2 - t1, batch.timings());
    }

    private static BatchResult parse(AdSnapshotReader reader, FeatureExtractor extractor, List<LineSplitter.RawLine> lines,
            boolean wanted) {
        List<Item> items = new ArrayList<>(lines.size());
        List<LineError> errors = new ArrayList<>();
        for (LineSplitter.RawLine raw : lines) {
            AdSnapshotReader.Parsed parsed = reader.parseLine(raw);
            if (parsed == null) {
                continue;
            }
            if (!parsed.errors().isEmpty()) {
                errors.addAll(parsed.errors());
            } else if (wanted) {
                items.add(new Item(parsed.snapshot().source(), parsed.snapshot().sourceAdId(),
                        extractor.features(parsed.snapshot())));
            }
        }
        return new BatchResult(items, errors);
    }

    private static void take(Future<BatchResult> future, BatchAnalysis batch, List<String> sources, List<String> ids,
            AdSnapshotReader.ErrorList errors) throws IOException {
        BatchResult result;
        try {
            result = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed", e.getCause());
        }
        result.errors().forEach(errors::add);
        if (errors.total() > 0) {
            return;
        }
        for (Item item : result.items()) {
            batch.add(item.features());
            sources.add(SOURCES.computeIfAbsent(item.source(), s -> s));
            ids.add(item.adId());
        }
    }
}
