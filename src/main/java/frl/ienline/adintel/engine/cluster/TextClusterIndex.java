package frl.ienline.adintel.engine.cluster;

import frl.ienline.adintel.engine.util.IntArrays;
import frl.ienline.adintel.engine.util.Postings;
import frl.ienline.adintel.engine.util.UnionFind;

/**
 * Incremental near-duplicate clustering. Two ads are linked when they share an LSH bucket and the
 * exact Jaccard similarity of their shingle sets reaches the threshold; clusters are the connected
 * components of those links. Adding an ad looks only at its own buckets, and compares it with a bucket
 * member only when they are not yet in one cluster, so the result is exactly the components of the
 * link graph — the same as {@link BatchTextClustering} over the same ads, in any order.
 *
 * <p>Not thread-safe: one writer at a time.
 */
public final class TextClusterIndex {

    private final ClusterSettings settings;
    private final IntArrays shingles;
    private final Postings buckets;
    private final UnionFind sets;
    private final EdgeSink edges;
    private final frl.ienline.adintel.engine.network.NetworkIndex.MergeListener merges;

    public TextClusterIndex(ClusterSettings settings, int expected, EdgeSink edges) {
        this(settings, expected, edges, frl.ienline.adintel.engine.network.NetworkIndex.MergeListener.NONE);
    }

    /** With a listener told, after each union, which two cluster roots became one (the smaller root is kept). */
    public TextClusterIndex(ClusterSettings settings, int expected, EdgeSink edges,
            frl.ienline.adintel.engine.network.NetworkIndex.MergeListener merges) {
        this.merges = merges;
        this.settings = settings;
        this.shingles = new IntArrays(expected, 64);
        this.buckets = new Postings(expected * settings.bands());
        this.sets = new UnionFind(expected);
        this.edges = edges;
    }

    /** Adds the next ad (its index is the number of ads added before) and links it to its near duplicates. */
    public int add(TextSignature signature) {
        int x = sets.add();
        shingles.add(signature.shingles());
        if (!signature.clusterable()) {
            return x;
        }
        int[] data = shingles.data();
        int xFrom = shingles.start(x);
        int xTo = shingles.end(x);
        long[] keys = signature.bandKeys();
        for (int b = 0; b < keys.length; b++) {
            long key = keys[b];
            for (int p = buckets.head(key); p >= 0; p = buckets.next(p)) {
                int y = buckets.item(p);
                if (sets.find(y) == sets.find(x)) {
                    continue;
                }
                if (TextSigner.similarAtLeast(data, xFrom, xTo, data, shingles.start(y), shingles.end(y), settings.threshold())) {
                    int rx = sets.find(x);
                    int ry = sets.find(y);
                    sets.union(x, y);
                    merges.merged(Math.min(rx, ry), Math.max(rx, ry));
                    edges.edge(x, y);
                }
            }
        }
        for (long key : keys) {
            buckets.add(key, x);
        }
        return x;
    }

    public int size() {
        return sets.count();
    }

    /** The cluster of an ad: the smallest index in it. */
    public int root(int item) {
        return sets.find(item);
    }

    public int clusterSize(int item) {
        return sets.sizeOf(item);
    }

    public int[] roots() {
        return sets.roots();
    }

    public IntArrays shingles() {
        return shingles;
    }
}
