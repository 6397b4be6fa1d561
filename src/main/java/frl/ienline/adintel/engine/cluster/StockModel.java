package frl.ienline.adintel.engine.cluster;

import frl.ienline.adintel.engine.util.IntArrays;
import frl.ienline.adintel.engine.util.IntIntMap;
import frl.ienline.adintel.engine.util.LongArrays;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What the corpus says about its own boilerplate, learned by a full recomputation and then kept as it is: for every
 * shingle used by two or more ads, by how many ads and by how many <b>independent authors</b> (an ad's author is its
 * smallest phone key, else e-mail or handle key, else the ad itself — so a large operation's hundreds of copies
 * count as its few phones, while a phrase a thousand advertisers write counts a thousand times); and for image files
 * and difference hashes, how many authors show them (a stock photo is not evidence of one network).
 *
 * <p>The same corpus gives the same model whatever the order of its ads. Immutable, thread-safe.
 */
public final class StockModel {

    /** A model of nothing: every shingle counts fully, no image is stock. */
    public static final StockModel EMPTY = new StockModel(new IntIntMap(16), new IntIntMap(16), new long[0], 0);

    private static final int MAX_AUTHORS = 0x7FFF;
    private static final int MAX_ADS = 0xFFFF;

    /** shingle → authors << 16 | ads, for shingles used by two or more ads. */
    private final IntIntMap shingles;
    /** folded identifier key or difference hash → authors, for those shown by two or more authors. */
    private final IntIntMap identifiers;
    /** The fingerprints of the ads learned from: for them a shingle the model does not know is used by no other ad. */
    private final long[] learned;
    private final int ads;

    private StockModel(IntIntMap shingles, IntIntMap identifiers, long[] learned, int ads) {
        this.shingles = shingles;
        this.identifiers = identifiers;
        this.learned = learned;
        this.ads = ads;
    }

    /**
     * Whether the ad (by its fingerprint) was one of those the model was learned from. For such an ad a shingle the
     * model does not know is its own alone (a typo, its own words): no other ad can share a bucket through it.
     */
    public boolean learnedFrom(long fingerprint) {
        return Arrays.binarySearch(learned, fingerprint) >= 0;
    }

    /** Whether the model knows the shingle (two or more ads of the corpus use it). */
    public boolean knows(int shingle) {
        return shingles.get(shingle) != IntIntMap.MISSING;
    }

    /** How many ads the model was learned from. */
    public int ads() {
        return ads;
    }

    /** How many independent authors use the shingle (1 for one unknown to the model). */
    public int authors(int shingle) {
        int v = shingles.get(shingle);
        return v == IntIntMap.MISSING ? 1 : v >>> 16;
    }

    /** How many ads use the shingle (at most 65,535; 1 for one unknown to the model). */
    public int ads(int shingle) {
        int v = shingles.get(shingle);
        return v == IntIntMap.MISSING ? 1 : v & MAX_ADS;
    }

    /** How many authors show an identifier (image file key, difference hash); 1 when unknown. */
    public int identifierAuthors(long key) {
        int v = identifiers.get(fold(key));
        return v == IntIntMap.MISSING ? 1 : v;
    }

    /**
     * Learns the model from the first {@code count} ads.
     *
     * @param shingles each ad's sorted distinct shingles
     * @param authors each ad's author key
     * @param images each ad's image file keys and difference hashes (what a stock photo repeats)
     * @param fingerprints each ad's fingerprint
     */
    public static StockModel learn(IntArrays shingles, long[] authors, LongArrays images, long[] fingerprints, int count) {
        long total = count == 0 ? 0 : shingles.end(count - 1);
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("Too many shingles to learn from");
        }
        long[] pairs = new long[(int) total];
        int[] data = shingles.data();
        IntStream.range(0, count).parallel().forEach(i -> {
            long author = fold(authors[i]) & 0xFFFF_FFFFL;
            for (int j = shingles.start(i); j < shingles.end(i); j++) {
                pairs[j] = ((long) data[j] << 32) | author;
            }
        });
        IntIntMap shingleCounts = new IntIntMap(Math.max(16, count * 8));
        countRuns(pairs, (key, ads, distinct) -> {
            if (ads >= 2) {
                shingleCounts.put(key, Math.min(distinct, MAX_AUTHORS) << 16 | Math.min(ads, MAX_ADS));
            }
        });
        int imageTotal = count == 0 ? 0 : images.end(count - 1);
        long[] imagePairs = new long[imageTotal];
        for (int i = 0; i < count; i++) {
            long author = fold(authors[i]) & 0xFFFF_FFFFL;
            for (int j = images.start(i); j < images.end(i); j++) {
                imagePairs[j] = ((long) fold(images.get(j)) << 32) | author;
            }
        }
        IntIntMap identifierCounts = new IntIntMap(Math.max(16, count / 4));
        countRuns(imagePairs, (key, ads, distinct) -> {
            if (distinct >= 2) {
                identifierCounts.put(key, Math.min(distinct, MAX_AUTHORS));
            }
        });
        long[] learned = Arrays.copyOf(fingerprints, count);
        Arrays.sort(learned);
        return new StockModel(shingleCounts, identifierCounts, learned, count);
    }

    private interface RunSink {
        void run(int key, int entries, int distinctAuthors);
    }

    /** Sorts (key, author) pairs and reports per key how many entries and how many distinct authors it has. */
    private static void countRuns(long[] pairs, RunSink sink) {
        if (pairs.length > 100_000) {
            Arrays.parallelSort(pairs);
        } else {
            Arrays.sort(pairs);
        }
        int i = 0;
        while (i < pairs.length) {
            int key = (int) (pairs[i] >>> 32);
            int entries = 0;
            int distinct = 0;
            long previous = 0;
            int j = i;
            while (j < pairs.length && (int) (pairs[j] >>> 32) == key) {
                if (j == i || pairs[j] != previous) {
                    distinct++;
                }
                previous = pairs[j];
                entries++;
                j++;
            }
            sink.run(key, entries, distinct);
            i = j;
        }
    }

    /** A 64-bit key folded to 32 bits, well mixed. */
    static int fold(long key) {
        long z = key;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z ^= z >>> 31;
        return (int) (z >>> 32);
    }
}
