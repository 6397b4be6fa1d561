package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.CentreClustering;
import frl.ienline.adintel.engine.cluster.StockModel;
import frl.ienline.adintel.engine.network.NetworkIndex;

/**
 * The full recomputation: collect the features of all ads in compact arrays (a few hundred bytes per ad, no object
 * per ad), learn the stock model from them, then build clusters in rank order and the networks. Gives the same
 * partition as attaching the same ads one by one, in any order, to an {@link AdIntelligence} with the same model.
 */
public final class BatchAnalysis {

    private final EngineSettings settings;
    private final Corpus corpus;
    private StockModel model;
    private long comparisons;
    private String timings = "";

    public BatchAnalysis(EngineSettings settings, int expected) {
        this.settings = settings;
        this.corpus = new Corpus(expected);
    }

    /** Adds the next ad; returns its index. Only primitives are kept. */
    public int add(AdFeatures ad) {
        return corpus.add(ad);
    }

    public int size() {
        return corpus.count;
    }

    /** Learns the stock model from every ad added, then clusters and networks them. */
    public Partition run() {
        long t0 = System.nanoTime();
        StockModel learned = corpus.learn();
        long learn = (System.nanoTime() - t0) / 1_000_000;
        Partition partition = run(learned);
        timings = "learn " + learn + " ms, " + timings;
        return partition;
    }

    /** Clusters and networks every ad added under a given model. */
    public Partition run(StockModel given) {
        model = given;
        Corpus.Built built = corpus.recompute(settings, given, NetworkIndex.Listener.NONE, CentreClustering.Listener.NONE);
        comparisons = built.clusters().comparisons();
        timings = "weigh " + built.weighMillis() + " ms, identifiers " + built.networkMillis() + " ms, rank "
                + built.sortMillis() + " ms, clusters " + built.clusterMillis() + " ms (" + built.clusters().scanned()
                + " bucket entries, " + built.clusters().comparisons() + " similarity checks)";
        return Partition.of(built.clusters().roots(), built.networks().roots());
    }

    /** The model of the last {@link #run}. */
    public StockModel model() {
        return model;
    }

    /** Where the last run's time went (for the benchmark). */
    public String timings() {
        return timings;
    }

    /** Similarity checks of the last run (for the benchmark). */
    public long comparisons() {
        return comparisons;
    }
}
