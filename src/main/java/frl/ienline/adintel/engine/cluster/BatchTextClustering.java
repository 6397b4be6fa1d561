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

        Bucket(IntArrays shingles, UnionFind sets, EdgeSink edges, double threshold) {
            this.shingles = shingles;
            this.sets = sets;
            this.edges = edges;
            this.threshold = threshold;
        }

        void process(int[] members) {
            int[] data = shingles.data();
            List<Group> groups = new ArrayList<>(2);
            for (int x : members) {
                int xFrom = shingles.start(x);
                int xTo = shingles.end(x);
                for (Group group : groups) {
                    if (sets.find(group.items[0]) == sets.find(x)) {
                        continue;
                    }
                    for (int q = 0; q < group.size; q++) {
                        int y = group.items[q];
                        if (TextSigner.jaccard(data, xFrom, xTo, data, shingles.start(y), shingles.end(y)) >= threshold) {
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

    /** The members of one bucket that are already in one cluster. */
    private static final class Group {
        int[] items = new int[4];
        int size;

        void add(int item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        void addAll(Group other) {
            if (size + other.size > items.length) {
                items = Arrays.copyOf(items, Math.max(items.length * 2, size + other.size));
            }
            System.arraycopy(other.items, 0, items, size, other.size);
            size += other.size;
        }
    }
}
