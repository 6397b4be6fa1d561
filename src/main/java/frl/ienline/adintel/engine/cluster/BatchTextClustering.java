package frl.ienline.adintel.engine.cluster;

import frl.ienline.adintel.engine.util.IntArrays;
import frl.ienline.adintel.engine.util.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The full recomputation of near-duplicate clusters over many ads at once: per band, the ads are sorted
 * by band key so every bucket is a run of the sorted array; inside a bucket each ad is compared with
 * one member after another of each other cluster present until one is similar enough. The result is
 * the connected components of the same link graph that {@link TextClusterIndex} builds one ad at a time.
 */
public final class BatchTextClustering {

    private final ClusterSettings settings;
    private long comparisons;
    private int largestBucket;

    /** How many exact similarity checks the last run made (for the benchmark). */
    public long comparisons() {
        return comparisons;
    }

    /** The largest LSH bucket of the last run. */
    public int largestBucket() {
        return largestBucket;
    }

    public BatchTextClustering(ClusterSettings settings) {
        this.settings = settings;
    }

    /**
     * @param shingles each ad's sorted distinct shingle hashes
     * @param bandKeys each ad's band keys back to back ({@code bands} per ad); ignored where {@code clusterable} is false
     * @param clusterable which ads have enough shingles to cluster
     * @param edges receives each link that joined two clusters
     * @return the clusters as disjoint sets (root = smallest index)
     */
    public UnionFind cluster(IntArrays shingles, long[] bandKeys, boolean[] clusterable, EdgeSink edges) {
        int n = shingles.rows();
        int bands = settings.bands();
        UnionFind sets = new UnionFind(n);
        sets.ensure(n);
        int idBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        long idMask = (1L << idBits) - 1;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (clusterable[i]) {
                count++;
            }
        }
        long[] packed = new long[count];
        Bucket bucket = new Bucket(shingles, sets, edges, settings.threshold());
        comparisons = 0;
        largestBucket = 0;
        for (int b = 0; b < bands; b++) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (clusterable[i]) {
                    packed[k++] = (bandKeys[i * bands + b] & ~idMask) | i;
                }
            }
            if (count > 200_000) {
                Arrays.parallelSort(packed);
            } else {
                Arrays.sort(packed);
            }
            int start = 0;
            while (start < count) {
                long high = packed[start] & ~idMask;
                int end = start + 1;
                while (end < count && (packed[end] & ~idMask) == high) {
                    end++;
                }
                if (end - start > 1) {
                    processRun(packed, start, end, idMask, bandKeys, bands, b, bucket);
                }
                start = end;
            }
        }
        comparisons = bucket.comparisons;
        largestBucket = bucket.largest;
        return sets;
    }

    /** A run of equal truncated keys: split by the full key, then process each bucket. */
    private static void processRun(long[] packed, int start, int end, long idMask, long[] bandKeys, int bands, int band,
            Bucket bucket) {
        int size = end - start;
        int[] items = new int[size];
        boolean same = true;
        long first = bandKeys[(int) (packed[start] & idMask) * bands + band];
        for (int j = 0; j < size; j++) {
            items[j] = (int) (packed[start + j] & idMask);
            if (bandKeys[items[j] * bands + band] != first) {
                same = false;
            }
        }
        if (same) {
            bucket.process(items);
            return;
        }
        Integer[] order = new Integer[size];
        for (int j = 0; j < size; j++) {
            order[j] = items[j];
        }
        Arrays.sort(order, (a, c) -> {
            int byKey = Long.compare(bandKeys[a * bands + band], bandKeys[c * bands + band]);
            return byKey != 0 ? byKey : Integer.compare(a, c);
        });
        int s = 0;
        while (s < size) {
            long key = bandKeys[order[s] * bands + band];
            int e = s + 1;
            while (e < size && bandKeys[order[e] * bands + band] == key) {
                e++;
            }
            if (e - s > 1) {
                int[] sub = new int[e - s];
                for (int j = s; j < e; j++) {
                    sub[j - s] = order[j];
                }
                bucket.process(sub);
            }
            s = e;
        }
    }

    /** Links the members of one bucket, keeping members grouped by cluster to skip needless comparisons. */
    private static final class Bucket {
        private final IntArrays shingles;
        private final UnionFind sets;
        private final EdgeSink edges;
        private final double threshold;
        long comparisons;
        int largest;

        Bucket(IntArrays shingles, UnionFind sets, EdgeSink edges, double threshold) {
            this.shingles = shingles;
            this.sets = sets;
            this.edges = edges;
            this.threshold = threshold;
        }

        void process(int[] members) {
            int[] data = shingles.data();
            largest = Math.max(largest, members.length);
            List<Group> groups = new ArrayList<>(2);
            for (int x : members) {
                int xFrom = shingles.start(x);
                int xTo = shingles.end(x);
                for (Group group : groups) {
                    if (sets.find(group.items[0]) == sets.find(x)) {
                        continue;
                    }
                    int pivot = group.items[0];
                    comparisons++;
                    int pFrom = shingles.start(pivot);
                    int pTo = shingles.end(pivot);
                    int common = TextSigner.common(data, xFrom, xTo, data, pFrom, pTo);
                    int union = (xTo - xFrom) + (pTo - pFrom) - common;
                    double toPivot = union == 0 ? 1 : 1 - (double) common / union;
                    if (TextSigner.passes(common, xTo - xFrom, pTo - pFrom, threshold)) {
                        sets.union(x, pivot);
                        edges.edge(x, pivot);
                        continue;
                    }
                    // Jaccard distance is a metric: d(x,y) >= d(x,pivot) - d(pivot,y), so members close to the
                    // pivot cannot be close enough to x; only the others need an exact check.
                    double bound = toPivot - (1 - threshold) - 1e-9;
                    for (int q = 1; q < group.size; q++) {
                        int y = group.items[q];
                        if (group.distanceToPivot(q, data, shingles) < bound) {
                            continue;
                        }
                        comparisons++;
                        if (TextSigner.similarAtLeast(data, xFrom, xTo, data, shingles.start(y), shingles.end(y), threshold)) {
                            sets.union(x, y);
                            edges.edge(x, y);
                            break;
                        }
                    }
                }
                int root = sets.find(x);
                Group home = null;
                for (int g = 0; g < groups.size(); g++) {
                    Group group = groups.get(g);
                    if (sets.find(group.items[0]) != root) {
                        continue;
                    }
                    if (home == null) {
                        home = group;
                    } else {
                        home.addAll(group);
                        groups.remove(g--);
                    }
                }
                if (home == null) {
                    home = new Group();
                    groups.add(home);
                }
                home.add(x);
            }
        }
    }

    /** The members of one bucket that are already in one cluster, with their distances to the first. */
    private static final class Group {
        int[] items = new int[4];
        double[] toPivot = new double[4];
        int size;

        void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                toPivot = Arrays.copyOf(toPivot, size * 2);
            }
            toPivot[size] = Double.NaN;
            items[size++] = item;
        }

        void addAll(Group other) {
            if (size + other.size > items.length) {
                int capacity = Math.max(items.length * 2, size + other.size);
                items = Arrays.copyOf(items, capacity);
                toPivot = Arrays.copyOf(toPivot, capacity);
            }
            System.arraycopy(other.items, 0, items, size, other.size);
            Arrays.fill(toPivot, size, size + other.size, Double.NaN);
            size += other.size;
        }

        /** The Jaccard distance of member q to the pivot, computed once. */
        double distanceToPivot(int q, int[] data, IntArrays shingles) {
            double d = toPivot[q];
            if (Double.isNaN(d)) {
                int p = items[0];
                int y = items[q];
                d = 1 - TextSigner.jaccard(data, shingles.start(p), shingles.end(p), data, shingles.start(y), shingles.end(y));
                toPivot[q] = d;
            }
            return d;
        }
    }
}
