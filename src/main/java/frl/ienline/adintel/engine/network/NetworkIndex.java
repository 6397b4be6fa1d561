package frl.ienline.adintel.engine.network;

import frl.ienline.adintel.engine.util.LongIntMap;
import frl.ienline.adintel.engine.util.Postings;
import frl.ienline.adintel.engine.util.UnionFind;
import java.util.Arrays;

/**
 * Networks: connected components of ads tied by a shared identifier (phone, e-mail, handle, image
 * file), by images within a small dHash distance (found through bands of the hash, never by comparing
 * all pairs) and by near-duplicate text. Each link that joined two networks is kept (a spanning
 * forest), so every network can say what ties it together.
 *
 * <p>Incremental and order-independent: the root of a network is its smallest ad index. Not thread-safe.
 */
public final class NetworkIndex {

    /** Told when two networks become one. */
    @FunctionalInterface
    public interface MergeListener {
        MergeListener NONE = (kept, absorbed) -> { };

        void merged(int keptRoot, int absorbedRoot);
    }

    private final NetworkSettings settings;
    private final UnionFind sets;
    private final LongIntMap firstWithKey;
    private final LongIntMap firstWithDhash;
    private final Postings dhashBands;
    private long[] distinctDhashes = new long[64];
    private int[] distinctFirstItem = new int[64];
    private int distinctCount;
    private final int[] bandShift;
    private final long[] bandMask;
    private final MergeListener listener;

    private int[] edgeA = new int[64];
    private int[] edgeB = new int[64];
    private byte[] edgeKind = new byte[64];
    private long[] edgeDetail = new long[64];
    private int edgeCount;

    public NetworkIndex(NetworkSettings settings, int expected, MergeListener listener) {
        this.settings = settings;
        this.sets = new UnionFind(expected);
        this.firstWithKey = new LongIntMap(expected * 2);
        this.firstWithDhash = new LongIntMap(expected);
        this.dhashBands = new Postings(expected * (settings.maxImageDistance() + 1));
        this.listener = listener;
        int bands = settings.maxImageDistance() + 1;
        bandShift = new int[bands];
        bandMask = new long[bands];
        int start = 0;
        for (int b = 0; b < bands; b++) {
            int width = (64 - start) / (bands - b);
            bandShift[b] = start;
            bandMask[b] = width == 64 ? -1L : (1L << width) - 1;
            start += width;
        }
    }

    /**
     * Adds the next ad and links it through its identifiers and images.
     *
     * @param keys its identifier keys ({@link EntityKeys})
     * @param dhashes its images' difference hashes
     * @return the ad's index
     */
    public int add(long[] keys, long[] dhashes) {
        int x = sets.add();
        for (long key : keys) {
            int first = firstWithKey.get(key);
            if (first == LongIntMap.MISSING) {
                firstWithKey.put(key, x);
            } else {
                union(x, first, EntityKeys.kind(key), key);
            }
        }
        for (long dhash : dhashes) {
            addImage(x, dhash);
        }
        return x;
    }

    private void addImage(int x, long dhash) {
        int first = firstWithDhash.get(dhash);
        if (first != LongIntMap.MISSING) {
            union(x, first, LinkKind.SIMILAR_IMAGE, 0);
            return;
        }
        firstWithDhash.put(dhash, x);
        int bits = Long.bitCount(dhash);
        if (bits < settings.minImageBits() || bits > 64 - settings.minImageBits()) {
            return;
        }
        int id = distinctCount++;
        if (id == distinctDhashes.length) {
            distinctDhashes = Arrays.copyOf(distinctDhashes, id * 2);
            distinctFirstItem = Arrays.copyOf(distinctFirstItem, id * 2);
        }
        distinctDhashes[id] = dhash;
        distinctFirstItem[id] = x;
        for (int b = 0; b < bandShift.length; b++) {
            long key = ((long) b << 56) | ((dhash >>> bandShift[b]) & bandMask[b]);
            for (int p = dhashBands.head(key); p >= 0; p = dhashBands.next(p)) {
                int other = dhashBands.item(p);
                int distance = Long.bitCount(dhash ^ distinctDhashes[other]);
                if (distance <= settings.maxImageDistance()) {
                    union(x, distinctFirstItem[other], LinkKind.SIMILAR_IMAGE, distance);
                }
            }
            dhashBands.add(key, id);
        }
    }

    /** Links two ads whose texts are near duplicates. */
    public void textEdge(int a, int b) {
        union(a, b, LinkKind.TEXT, 0);
    }

    private void union(int a, int b, LinkKind kind, long detail) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra == rb) {
            return;
        }
        sets.union(ra, rb);
        listener.merged(Math.min(ra, rb), Math.max(ra, rb));
        if (edgeCount == edgeA.length) {
            edgeA = Arrays.copyOf(edgeA, edgeCount * 2);
            edgeB = Arrays.copyOf(edgeB, edgeCount * 2);
            edgeKind = Arrays.copyOf(edgeKind, edgeCount * 2);
            edgeDetail = Arrays.copyOf(edgeDetail, edgeCount * 2);
        }
        edgeA[edgeCount] = a;
        edgeB[edgeCount] = b;
        edgeKind[edgeCount] = (byte) kind.ordinal();
        edgeDetail[edgeCount] = detail;
        edgeCount++;
    }

    public int size() {
        return sets.count();
    }

    /** The network of an ad: the smallest index in it. */
    public int root(int item) {
        return sets.find(item);
    }

    public int networkSize(int item) {
        return sets.sizeOf(item);
    }

    public int[] roots() {
        return sets.roots();
    }

    /** A link that joined two networks. */
    public record Edge(int a, int b, LinkKind kind, long detail) {
    }

    public int edgeCount() {
        return edgeCount;
    }

    public Edge edge(int i) {
        return new Edge(edgeA[i], edgeB[i], LinkKind.values()[edgeKind[i]], edgeDetail[i]);
    }
}
