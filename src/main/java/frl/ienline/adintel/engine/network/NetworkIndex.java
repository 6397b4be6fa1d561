package frl.ienline.adintel.engine.network;

import frl.ienline.adintel.engine.util.LongIntMap;
import frl.ienline.adintel.engine.util.Postings;
import frl.ienline.adintel.engine.util.UnionFind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Networks: connected components of ads tied by a shared identifier (phone, e-mail, handle, image file), by images
 * within a small dHash distance (found through a few wide bands of the hash, each probed as it is and with one bit
 * flipped — never by comparing all pairs) and by a text
 * cluster: each member of a cluster is tied to its centre. Identifiers a corpus shows as stock (a stock photo many
 * independent authors use) tie nothing. Each identifier link that joined two networks is kept (a spanning forest).
 *
 * <p>Identifier ties only grow; a text tie can go when an ad changes cluster, and then its network is rebuilt from
 * its members' identifier components and their current text ties ({@link #settle}). The root of a network is its
 * smallest ad index, so the result does not depend on the order of ties. Not thread-safe.
 */
public final class NetworkIndex {

    /** Told what a change did to the networks (roots are ad numbers). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** The network of {@code absorbedRoot} (two or more ads) is now part of {@code keptRoot}'s. */
        default void merged(int keptRoot, int absorbedRoot) {
        }

        /** The ad's network changed other than by a merge of its group (it joined one, or was split off). */
        default void changed(int item) {
        }

        /** These networks were rebuilt (roots after the rebuild); their members may have moved. */
        default void rebuilt(Set<Integer> roots) {
        }

        /** Any union of two networks, also inside a rebuild (for bookkeeping kept per network). */
        default void joined(int keptRoot, int absorbedRoot) {
        }
    }

    private final NetworkSettings settings;
    private final UnionFind identifiers;
    private final LongIntMap firstWithKey;
    private final LongIntMap firstWithDhash;
    private final Postings dhashBands;
    private long[] distinctDhashes = new long[64];
    private int[] distinctFirstItem = new int[64];
    private int distinctCount;
    private final int[] bandShift;
    private final long[] bandMask;
    private final Listener listener;
    private final LongPredicate stock;

    private int[] parent;
    private int[] size;
    private int[] next;
    private int[] textPartner;
    private int count;
    private final Set<Integer> dirty = new LinkedHashSet<>();

    private int[] edgeA = new int[64];
    private int[] edgeB = new int[64];
    private byte[] edgeKind = new byte[64];
    private long[] edgeDetail = new long[64];
    private int edgeCount;

    /**
     * @param stock identifier keys and difference hashes that tie nothing (shown by too many independent authors)
     */
    public NetworkIndex(NetworkSettings settings, int expected, Listener listener, LongPredicate stock) {
        this.settings = settings;
        this.identifiers = new UnionFind(expected);
        this.firstWithKey = new LongIntMap(expected * 2);
        this.firstWithDhash = new LongIntMap(expected);
        this.dhashBands = new Postings(expected * 3);
        this.listener = listener;
        this.stock = stock;
        int capacity = Math.max(16, expected);
        parent = new int[capacity];
        size = new int[capacity];
        next = new int[capacity];
        textPartner = new int[capacity];
        // with m bands, two hashes within distance d differ in at most floor(d / m) bits of some band: m = ceil((d+1)/2)
        // bands keeps that at one bit, so each band is probed as it is and with each of its bits flipped
        int bands = Math.max(1, (settings.maxImageDistance() + 2) / 2);
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
     * Adds the next ad and ties it through its identifiers and images.
     *
     * @param keys its identifier keys ({@link EntityKeys})
     * @param dhashes its images' difference hashes
     * @return the ad's index
     */
    public int add(long[] keys, long[] dhashes) {
        int x = identifiers.add();
        if (x == parent.length) {
            int capacity = parent.length * 2;
            parent = Arrays.copyOf(parent, capacity);
            size = Arrays.copyOf(size, capacity);
            next = Arrays.copyOf(next, capacity);
            textPartner = Arrays.copyOf(textPartner, capacity);
        }
        parent[x] = x;
        size[x] = 1;
        next[x] = x;
        textPartner[x] = -1;
        count++;
        listener.changed(x);
        for (long key : keys) {
            if (EntityKeys.kind(key) == LinkKind.IMAGE && stock.test(key)) {
                continue;
            }
            int first = firstWithKey.get(key);
            if (first == LongIntMap.MISSING) {
                firstWithKey.put(key, x);
            } else {
                tie(x, first, EntityKeys.kind(key), key);
            }
        }
        for (long dhash : dhashes) {
            if (!stock.test(dhash)) {
                addImage(x, dhash);
            }
        }
        return x;
    }

    private void addImage(int x, long dhash) {
        int first = firstWithDhash.get(dhash);
        if (first != LongIntMap.MISSING) {
            tie(x, first, LinkKind.SIMILAR_IMAGE, 0);
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
            long value = (dhash >>> bandShift[b]) & bandMask[b];
            int width = Long.bitCount(bandMask[b]);
            for (int flip = -1; flip < width; flip++) {
                long probe = flip < 0 ? value : value ^ (1L << flip);
                for (int p = dhashBands.head(((long) b << 56) | probe); p >= 0; p = dhashBands.next(p)) {
                    int other = dhashBands.item(p);
                    int distance = Long.bitCount(dhash ^ distinctDhashes[other]);
                    if (distance <= settings.maxImageDistance()) {
                        tie(x, distinctFirstItem[other], LinkKind.SIMILAR_IMAGE, distance);
                    }
                }
            }
        }
        for (int b = 0; b < bandShift.length; b++) {
            dhashBands.add(((long) b << 56) | ((dhash >>> bandShift[b]) & bandMask[b]), id);
        }
    }

    /** An identifier tie: kept in the identifier components and, when it joined two, in the spanning forest. */
    private void tie(int a, int b, LinkKind kind, long detail) {
        if (identifiers.union(a, b)) {
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
        union(a, b);
    }

    /**
     * Ties an ad to the centre of its text cluster, or unties it ({@code partner} -1). Untying marks its network
     * for a rebuild at the next {@link #settle}.
     */
    public void textTie(int item, int partner) {
        int old = textPartner[item];
        if (old == partner) {
            return;
        }
        if (old >= 0) {
            dirty.add(item);
        }
        textPartner[item] = partner;
        if (partner >= 0) {
            union(item, partner);
        }
    }

    /** Rebuilds every network that lost a text tie since the last call. */
    public void settle() {
        if (dirty.isEmpty()) {
            return;
        }
        Set<Integer> roots = new LinkedHashSet<>();
        for (int item : dirty) {
            roots.add(find(item));
        }
        dirty.clear();
        Set<Integer> after = new LinkedHashSet<>();
        for (int root : roots) {
            if (find(root) == root) {
                rebuild(root, after);
            }
        }
        Set<Integer> current = new LinkedHashSet<>();
        for (int root : after) {
            current.add(find(root));
        }
        listener.rebuilt(current);
    }

    private void rebuild(int root, Set<Integer> after) {
        int[] members = members(root);
        for (int m : members) {
            parent[m] = m;
            size[m] = 1;
            next[m] = m;
        }
        for (int m : members) {
            join(m, identifiers.find(m), false);
        }
        for (int m : members) {
            if (textPartner[m] >= 0) {
                join(m, textPartner[m], true);
            }
        }
        int kept = find(root);
        if (kept != root) {
            listener.merged(kept, root);
        }
        for (int m : members) {
            int r = find(m);
            after.add(r);
            if (r != root) {
                listener.changed(m);
            }
        }
    }

    private void union(int a, int b) {
        join(a, b, true);
    }

    /** Joins two networks; tells the listener when {@code report}. */
    private void join(int a, int b, boolean report) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        int kept = Math.min(ra, rb);
        int absorbed = Math.max(ra, rb);
        boolean keptWasAlone = size[kept] == 1;
        boolean absorbedWasGroup = size[absorbed] > 1;
        parent[absorbed] = kept;
        size[kept] += size[absorbed];
        int t = next[kept];
        next[kept] = next[absorbed];
        next[absorbed] = t;
        listener.joined(kept, absorbed);
        if (!report) {
            return;
        }
        if (absorbedWasGroup) {
            listener.merged(kept, absorbed);
        } else {
            listener.changed(absorbed);
        }
        if (keptWasAlone) {
            listener.changed(kept);
        }
    }

    private int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int n = parent[x];
            parent[x] = root;
            x = n;
        }
        return root;
    }

    public int size() {
        return count;
    }

    /** The network of an ad: the smallest index in it. */
    public int root(int item) {
        return find(item);
    }

    public int networkSize(int item) {
        return size[find(item)];
    }

    /** Every ad of the network the ad is in. */
    public int[] members(int item) {
        int root = find(item);
        int[] out = new int[size[root]];
        int k = 0;
        int m = root;
        do {
            out[k++] = m;
            m = next[m];
        } while (m != root && k < out.length);
        return out;
    }

    public int[] roots() {
        int[] roots = new int[count];
        for (int i = 0; i < count; i++) {
            roots[i] = find(i);
        }
        return roots;
    }

    /** The ad's identifier component (ties by identifiers and images only). */
    public int identifierRoot(int item) {
        return identifiers.find(item);
    }

    /** The centre the ad is tied to by text, or -1. */
    public int textPartner(int item) {
        return textPartner[item];
    }

    /** An identifier tie that joined two identifier components. */
    public record Edge(int a, int b, LinkKind kind, long detail) {
    }

    public int edgeCount() {
        return edgeCount;
    }

    public Edge edge(int i) {
        return new Edge(edgeA[i], edgeB[i], LinkKind.values()[edgeKind[i]], edgeDetail[i]);
    }

    /** The identifier ties of the spanning forest whose ads are in the given network. */
    public List<Edge> edgesIn(int root) {
        List<Edge> edges = new ArrayList<>();
        for (int e = 0; e < edgeCount; e++) {
            if (find(edgeA[e]) == root) {
                edges.add(edge(e));
            }
        }
        return edges;
    }
}
