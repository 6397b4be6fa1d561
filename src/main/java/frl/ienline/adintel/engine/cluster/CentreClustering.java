package frl.ienline.adintel.engine.cluster;

import frl.ienline.adintel.engine.util.IntArrays;
import frl.ienline.adintel.engine.util.Postings;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Near-duplicate clusters that cannot chain: every member is similar to its cluster's <b>centre</b>, not only to
 * some other member. Ads are taken in a fixed <i>rank</i> order — fewest shingles no other ad uses first (the
 * cleanest copy of a template), then capture time, then ad — and each joins the most similar earlier centre it
 * reaches the threshold with (weighted Jaccard, stock phrases counting less, with enough shared weight above the
 * stock floor), or becomes a centre itself. Candidates are the earlier ads sharing an LSH bucket with it and their centres.
 *
 * <p>Because the result depends only on the ads and their rank, an ad may arrive in any order: {@link #insert}
 * decides it and then re-decides, in rank order, every later ad whose candidates it changed — and, when one of them
 * changes, the later ads that depended on that one. So inserting ads one by one in any order gives exactly the
 * clusters of inserting them in rank order (the full recomputation). Not thread-safe.
 */
public final class CentreClustering {

    /** Told of every ad whose centre changed; {@code oldCentre} is {@link #ABSENT} for a new ad. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (item, oldCentre, newCentre) -> { };

        void centreChanged(int item, int oldCentre, int newCentre);
    }

    /** Not inserted yet. */
    public static final int ABSENT = -2;
    /** Inserted, but with too little text of its own to cluster. */
    public static final int ALONE = -1;

    private final ClusterSettings settings;
    private final int bands;
    private final long minEvidence;
    private final IntArrays shingles;
    private byte[] weights;
    private int[] total;
    private long[] bandKeys;
    private boolean[] clusterable;
    private int[] unique;
    private long[] captured;
    private long[] idHash;
    private int[] centre;
    private int[] memberCount;
    private int[] firstMember;
    private int[] nextMember;
    private int[] previousMember;
    private int[] seen;
    private int[] queued;
    private int stamp;
    private int count;
    private final Postings buckets;
    /** The inserted ad of highest rank, or -1: an ad ranked after it needs no repair of later ads. */
    private int last = -1;
    private long comparisons;
    private final int floor;
    /** Set by {@link #commonWeight}: the shared weight above the stock floor. */
    private long evidence;

    public CentreClustering(ClusterSettings settings, int expected) {
        this.settings = settings;
        this.bands = settings.bands();
        this.minEvidence = settings.minEvidenceWeight();
        this.floor = settings.floorWeight();
        int capacity = Math.max(16, expected);
        shingles = new IntArrays(capacity, 60);
        weights = new byte[capacity * 60];
        total = new int[capacity];
        bandKeys = new long[capacity * bands];
        clusterable = new boolean[capacity];
        unique = new int[capacity];
        captured = new long[capacity];
        idHash = new long[capacity];
        centre = new int[capacity];
        memberCount = new int[capacity];
        firstMember = new int[capacity];
        nextMember = new int[capacity];
        previousMember = new int[capacity];
        seen = new int[capacity];
        queued = new int[capacity];
        buckets = new Postings(capacity * bands);
    }

    /**
     * Adds an ad's data without placing it in any cluster yet; returns its item number (the number of ads added
     * before it). {@code idHash} must differ between ads with the same text, capture time and unique count.
     */
    public int add(WeightedText text, long capturedAt, long idHash) {
        int x = count;
        ensure(x + 1);
        shingles.add(text.shingles());
        if (shingles.data().length > weights.length) {
            weights = Arrays.copyOf(weights, shingles.data().length);
        }
        System.arraycopy(text.weights(), 0, weights, shingles.start(x), text.weights().length);
        total[x] = text.total();
        clusterable[x] = text.clusterable();
        if (text.clusterable()) {
            System.arraycopy(text.bandKeys(), 0, bandKeys, x * bands, bands);
        }
        unique[x] = text.unique();
        captured[x] = capturedAt;
        this.idHash[x] = idHash;
        centre[x] = ABSENT;
        firstMember[x] = -1;
        count++;
        return x;
    }

    private void ensure(int n) {
        if (n <= centre.length) {
            return;
        }
        int capacity = Math.max(n, centre.length * 2);
        total = Arrays.copyOf(total, capacity);
        bandKeys = Arrays.copyOf(bandKeys, capacity * bands);
        clusterable = Arrays.copyOf(clusterable, capacity);
        unique = Arrays.copyOf(unique, capacity);
        captured = Arrays.copyOf(captured, capacity);
        idHash = Arrays.copyOf(idHash, capacity);
        centre = Arrays.copyOf(centre, capacity);
        memberCount = Arrays.copyOf(memberCount, capacity);
        firstMember = Arrays.copyOf(firstMember, capacity);
        nextMember = Arrays.copyOf(nextMember, capacity);
        previousMember = Arrays.copyOf(previousMember, capacity);
        seen = Arrays.copyOf(seen, capacity);
        queued = Arrays.copyOf(queued, capacity);
    }

    /**
     * Whether ad a comes before ad b in the rank order: fewer shingles no other ad uses first (typos, words of its
     * own: the cleanest copy of a template), then earlier capture, then fingerprint. (Ranking the copy that shares
     * the most weight first was tried: it picks copies with unmasked junk as centres and lost recall.)
     */
    public boolean before(int a, int b) {
        if (unique[a] != unique[b]) {
            return unique[a] < unique[b];
        }
        if (captured[a] != captured[b]) {
            return captured[a] < captured[b];
        }
        if (idHash[a] != idHash[b]) {
            return idHash[a] < idHash[b];
        }
        return a < b;
    }

    /** Places an added ad among the clusters and repairs every later ad that this changes. */
    public void insert(int x, Listener listener) {
        if (centre[x] != ABSENT) {
            throw new IllegalStateException("ad " + x + " is placed already");
        }
        if (!clusterable[x]) {
            centre[x] = ALONE;
            listener.centreChanged(x, ABSENT, ALONE);
            return;
        }
        for (int b = 0; b < bands; b++) {
            buckets.add(bandKeys[x * bands + b], x);
        }
        boolean lastInRank = last < 0 || before(last, x);
        if (lastInRank) {
            last = x;
            set(x, decide(x, true), listener);
            return;
        }
        PriorityQueue<Integer> dirty = new PriorityQueue<>((a, b) -> before(a, b) ? -1 : a.equals(b) ? 0 : 1);
        int round = ++stamp;
        dirty.add(x);
        queued[x] = round;
        while (!dirty.isEmpty()) {
            int y = dirty.poll();
            int old = centre[y];
            int now = decide(y, false);
            if (now == old) {
                continue;
            }
            boolean wasCentre = old == y;
            boolean isCentre = now == y;
            if (wasCentre) {
                for (int m = firstMember[y]; m >= 0; m = nextMember[m]) {
                    push(dirty, m, round);
                }
            }
            set(y, now, listener);
            for (int b = 0; b < bands; b++) {
                for (int p = buckets.head(bandKeys[y * bands + b]); p >= 0; p = buckets.next(p)) {
                    int z = buckets.item(p);
                    if (z == y || centre[z] < 0 || !before(y, z)) {
                        continue;
                    }
                    if (!wasCentre && !isCentre && centre[z] == now) {
                        continue; // z already follows y's new centre; losing y's old one changes nothing for it
                    }
                    push(dirty, z, round);
                }
            }
        }
    }

    /**
     * Places an added ad where an earlier run of this clustering put it, without deciding again (a restart that
     * restores the stored state). {@code centre} is the ad itself, another placed ad that is its own centre, or
     * {@link #ALONE}; every ad must be placed this way before anything is inserted.
     */
    public void restore(int x, int centreOf) {
        if (centre[x] != ABSENT) {
            throw new IllegalStateException("ad " + x + " is placed already");
        }
        if (!clusterable[x] || centreOf == ALONE) {
            if (clusterable[x] || centreOf != ALONE) {
                throw new IllegalArgumentException("ad " + x + " cannot be restored as " + centreOf);
            }
            centre[x] = ALONE;
            return;
        }
        for (int b = 0; b < bands; b++) {
            buckets.add(bandKeys[x * bands + b], x);
        }
        if (last < 0 || before(last, x)) {
            last = x;
        }
        centre[x] = centreOf;
        if (centreOf != x) {
            link(x, centreOf);
        }
    }

    private void push(PriorityQueue<Integer> dirty, int z, int round) {
        if (queued[z] != round) {
            queued[z] = round;
            dirty.add(z);
        }
    }

    /**
     * The centre y follows given the ads before it: the most similar centre it reaches, else itself. {@code last}:
     * y is ranked after every placed ad, so every ad in its buckets is before it.
     */
    private int decide(int y, boolean last) {
        int round = ++stamp;
        int best = y;
        long bestCommon = 0;
        long bestUnion = 1;
        int[] data = shingles.data();
        int yFrom = shingles.start(y);
        int yTo = shingles.end(y);
        for (int b = 0; b < bands; b++) {
            for (int p = buckets.head(bandKeys[y * bands + b]); p >= 0; p = buckets.next(p)) {
                int z = buckets.item(p);
                scanned++;
                if (z == y) {
                    continue;
                }
                int c = centre[z];
                if (c < 0 || seen[c] == round || !last && !before(z, y)) {
                    continue;
                }
                seen[c] = round;
                comparisons++;
                long common = commonWeight(data, yFrom, yTo, shingles.start(c), shingles.end(c));
                long union = (long) total[y] + total[c] - common;
                if (evidence < minEvidence || !reaches(common, union)) {
                    continue;
                }
                // more similar wins; equally similar: the earlier centre
                long cross = common * bestUnion - bestCommon * union;
                if (best == y || cross > 0 || cross == 0 && before(c, best)) {
                    best = c;
                    bestCommon = common;
                    bestUnion = union;
                }
            }
        }
        return best;
    }

    private boolean reaches(long common, long union) {
        return union > 0 && common >= settings.threshold() * union - 1e-9;
    }

    /**
     * The summed weight of the shingles two ads share; also sets {@link #evidence}, the part of it above the stock
     * floor (text that is not everybody's).
     */
    private long commonWeight(int[] data, int aFrom, int aTo, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        long common = 0;
        long distinctive = 0;
        while (i < aTo && j < bTo) {
            int x = data[i];
            int y = data[j];
            if (x == y) {
                int w = weights[i];
                common += w;
                if (w > floor) {
                    distinctive += w;
                }
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        evidence = distinctive;
        return common;
    }

    private void set(int y, int now, Listener listener) {
        int old = centre[y];
        if (old >= 0 && old != y) {
            unlink(y, old);
        }
        centre[y] = now;
        if (now != y) {
            link(y, now);
        }
        listener.centreChanged(y, old, now);
    }

    private void link(int member, int c) {
        previousMember[member] = -1;
        nextMember[member] = firstMember[c];
        if (firstMember[c] >= 0) {
            previousMember[firstMember[c]] = member;
        }
        firstMember[c] = member;
        memberCount[c]++;
    }

    private void unlink(int member, int c) {
        if (previousMember[member] >= 0) {
            nextMember[previousMember[member]] = nextMember[member];
        } else {
            firstMember[c] = nextMember[member];
        }
        if (nextMember[member] >= 0) {
            previousMember[nextMember[member]] = previousMember[member];
        }
        memberCount[c]--;
    }

    /** How many ads have been added. */
    public int size() {
        return count;
    }

    /** The ad's centre (itself when it is one), {@link #ALONE} or {@link #ABSENT}. */
    public int centreOf(int item) {
        return centre[item];
    }

    /** The ad's cluster: its centre's item number, or its own when it has no cluster. */
    public int root(int item) {
        return centre[item] >= 0 ? centre[item] : item;
    }

    /** The number of ads in the ad's cluster (1 when alone). */
    public int clusterSize(int item) {
        int c = centre[item];
        return c >= 0 ? 1 + memberCount[c] : 1;
    }

    /** The members of a centre (not the centre itself), most recently joined first. */
    public int[] members(int c) {
        if (c < 0 || centre[c] != c) {
            return new int[0];
        }
        int[] out = new int[memberCount[c]];
        int k = 0;
        for (int m = firstMember[c]; m >= 0; m = nextMember[m]) {
            out[k++] = m;
        }
        return out;
    }

    /** The weighted Jaccard similarity of two ads (the measure members are admitted by). */
    public double similarity(int a, int b) {
        long common = commonWeight(shingles.data(), shingles.start(a), shingles.end(a), shingles.start(b), shingles.end(b));
        long union = (long) total[a] + total[b] - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** The shingles an ad's text was signed to, and their weights (same order). */
    public int[] shinglesOf(int item) {
        return shingles.row(item);
    }

    public byte[] weightsOf(int item) {
        return Arrays.copyOfRange(weights, shingles.start(item), shingles.end(item));
    }

    /** Every ad's cluster root ({@link #root}). */
    public int[] roots() {
        int[] roots = new int[count];
        for (int i = 0; i < count; i++) {
            roots[i] = root(i);
        }
        return roots;
    }

    private long scanned;

    /** How many bucket entries were looked at so far (for the benchmark). */
    public long scanned() {
        return scanned;
    }

    /** How many similarity checks were made so far (for the benchmark). */
    public long comparisons() {
        return comparisons;
    }
}
