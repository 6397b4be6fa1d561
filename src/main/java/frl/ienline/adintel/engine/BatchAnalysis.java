package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.BatchTextClustering;
import frl.ienline.adintel.engine.network.NetworkIndex;
import frl.ienline.adintel.engine.util.IntArrays;
import frl.ienline.adintel.engine.util.LongArrays;
import frl.ienline.adintel.engine.util.UnionFind;
import java.util.Arrays;

/**
 * The full recomputation: collect the features of all ads in compact arrays (a few hundred bytes per
 * ad, no object per ad), then cluster all texts at once with sorted LSH buckets and build the networks.
 * Gives the same partition as attaching the same ads one by one to {@link AdIntelligence}.
 */
public final class BatchAnalysis {

    private final EngineSettings settings;
    private final IntArrays shingles;
    private final LongArrays keys;
    private final LongArrays dhashes;
    private long[] bandKeys;
    private boolean[] clusterable;
    private int count;

    public BatchAnalysis(EngineSettings settings, int expected) {
        this.settings = settings;
        this.shingles = new IntArrays(expected, 60);
        this.keys = new LongArrays(expected, 3);
        this.dhashes = new LongArrays(expected, 2);
        this.bandKeys = new long[Math.max(16, expected) * settings.clusters().bands()];
        this.clusterable = new boolean[Math.max(16, expected)];
    }

    /** Adds the next ad; returns its index. Only primitives are kept. */
    public int add(AdFeatures ad) {
        int bands = settings.clusters().bands();
        if (count == clusterable.length) {
            clusterable = Arrays.copyOf(clusterable, count * 2);
            bandKeys = Arrays.copyOf(bandKeys, count * 2 * bands);
        }
        shingles.add(ad.text().shingles());
        keys.add(ad.keys());
        dhashes.add(ad.dhashes());
        if (ad.text().clusterable()) {
            clusterable[count] = true;
            System.arraycopy(ad.text().bandKeys(), 0, bandKeys, count * bands, bands);
        }
        return count++;
    }

    public int size() {
        return count;
    }

    /** Clusters and networks over every ad added. */
    public Partition run() {
        NetworkIndex networks = new NetworkIndex(settings.networks(), count, NetworkIndex.MergeListener.NONE);
        for (int i = 0; i < count; i++) {
            networks.add(keys.row(i), dhashes.row(i));
        }
        UnionFind clusters = new BatchTextClustering(settings.clusters())
                .cluster(shingles, bandKeys, Arrays.copyOf(clusterable, count), networks::textEdge);
        return Partition.of(clusters.roots(), networks.roots());
    }
}
