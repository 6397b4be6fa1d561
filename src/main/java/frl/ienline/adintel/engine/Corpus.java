package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.CentreClustering;
import frl.ienline.adintel.engine.cluster.StockModel;
import frl.ienline.adintel.engine.cluster.TextSigner;
import frl.ienline.adintel.engine.cluster.WeightedText;
import frl.ienline.adintel.engine.network.EntityKeys;
import frl.ienline.adintel.engine.network.LinkKind;
import frl.ienline.adintel.engine.network.NetworkIndex;
import frl.ienline.adintel.engine.util.IntArrays;
import frl.ienline.adintel.engine.util.LongArrays;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What the engine keeps of every ad, in a few primitive arrays (no object per ad): shingles, identifier keys,
 * difference hashes, author, capture time and fingerprint. From it, {@link #recompute} learns the stock model and
 * builds clusters and networks in rank order — the full recomputation, shared by {@link BatchAnalysis} and
 * {@link AdIntelligence#relearn()}.
 */
final class Corpus {

    final IntArrays shingles;
    final LongArrays keys;
    final LongArrays dhashes;
    long[] authors;
    long[] captured;
    long[] fingerprints;
    int count;

    Corpus(int expected) {
        int capacity = Math.max(16, expected);
        shingles = new IntArrays(capacity, 60);
        keys = new LongArrays(capacity, 3);
        dhashes = new LongArrays(capacity, 2);
        authors = new long[capacity];
        captured = new long[capacity];
        fingerprints = new long[capacity];
    }

    int add(AdFeatures ad) {
        if (count == authors.length) {
            authors = Arrays.copyOf(authors, count * 2);
            captured = Arrays.copyOf(captured, count * 2);
            fingerprints = Arrays.copyOf(fingerprints, count * 2);
        }
        shingles.add(ad.text().shingles());
        keys.add(ad.keys());
        dhashes.add(ad.dhashes());
        authors[count] = Authors.of(ad.keys(), ad.source(), ad.sourceAdId());
        captured[count] = Authors.micros(ad.capturedAt());
        fingerprints[count] = Authors.fingerprint(ad);
        return count++;
    }

    /** The image file keys and difference hashes of every ad: what a stock photo repeats. */
    LongArrays images() {
        LongArrays images = new LongArrays(count, 3);
        for (int i = 0; i < count; i++) {
            long[] k = keys.row(i);
            long[] d = dhashes.row(i);
            long[] row = new long[k.length + d.length];
            int n = 0;
            for (long key : k) {
                if (EntityKeys.kind(key) == LinkKind.IMAGE) {
                    row[n++] = key;
                }
            }
            System.arraycopy(d, 0, row, n, d.length);
            images.add(Arrays.copyOf(row, n + d.length));
        }
        return images;
    }

    /** The centre an ad's network is tied to by text: its own centre, when it is a close enough copy of it; else -1. */
    static int textPartner(EngineSettings settings, CentreClustering clusters, int item, int centre) {
        if (centre < 0 || centre == item) {
            return -1;
        }
        return clusters.similarity(item, centre) >= settings.networks().textThreshold() ? centre : -1;
    }

    StockModel learn() {
        return learn(count);
    }

    /** The model of the first {@code ads} ads (the corpus as it was when the model was learned). */
    StockModel learn(int ads) {
        return StockModel.learn(shingles, authors, images(), fingerprints, ads);
    }

    /** Clusters and networks of every ad under the model, built in rank order; milliseconds per step. */
    record Built(CentreClustering clusters, NetworkIndex networks, long weighMillis, long networkMillis, long sortMillis,
            long clusterMillis) {
    }

    Built recompute(EngineSettings settings, StockModel model, NetworkIndex.Listener networkListener,
            CentreClustering.Listener clusterListener) {
        return build(settings, model, networkListener, clusterListener, null);
    }

    /**
     * Clusters and networks under the model: each ad decided in rank order, or — when {@code centres} is given (the
     * stored result of an earlier run with this model) — put back where it was without deciding again.
     */
    Built build(EngineSettings settings, StockModel model, NetworkIndex.Listener networkListener,
            CentreClustering.Listener clusterListener, int[] centres) {
        long t0 = System.nanoTime();
        TextSigner signer = new TextSigner(settings.clusters());
        WeightedText[] texts = new WeightedText[count];
        IntStream.range(0, count).parallel()
                .forEach(i -> texts[i] = WeightedText.of(shingles.row(i), fingerprints[i], model, settings.clusters(), signer));
        CentreClustering clusters = new CentreClustering(settings.clusters(), count);
        for (int i = 0; i < count; i++) {
            clusters.add(texts[i], captured[i], fingerprints[i]);
            texts[i] = null;
        }
        long t1 = System.nanoTime();
        NetworkIndex networks = new NetworkIndex(settings.networks(), count, networkListener,
                key -> model.identifierAuthors(key) > settings.networks().stockAuthors());
        for (int i = 0; i < count; i++) {
            networks.add(keys.row(i), dhashes.row(i));
        }
        long t2 = System.nanoTime();
        long t3;
        if (centres != null) {
            t3 = t2;
            for (int x = 0; x < count; x++) {
                clusters.restore(x, centres[x]);
            }
            for (int x = 0; x < count; x++) {
                networks.textTie(x, textPartner(settings, clusters, x, clusters.centreOf(x)));
            }
        } else {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.parallelSort(order, (a, b) -> a.equals(b) ? 0 : clusters.before(a, b) ? -1 : 1);
            t3 = System.nanoTime();
            for (int x : order) {
                clusters.insert(x, (item, old, now) -> {
                    networks.textTie(item, textPartner(settings, clusters, item, now));
                    clusterListener.centreChanged(item, old, now);
                });
            }
        }
        networks.settle();
        long t4 = System.nanoTime();
        return new Built(clusters, networks, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000);
    }
}
