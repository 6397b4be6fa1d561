package frl.ienline.adintel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.cluster.ClusterSettings;
import frl.ienline.adintel.engine.network.NetworkSettings;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: attaching ads one by one, in any order, gives the same clusters and networks as the full
 * recomputation (with the stock model the recomputation learned). Each seed draws a data set, an obfuscation
 * level, engine settings and an order; the same seeds run on both generator modes. A restart that restores the
 * stored centres gives the same groups again.
 */
class IncrementalEqualsFullTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void incrementalAttachInAnyOrderEqualsFullRecomputation(long seed) throws IOException {
        check(seed, GeneratorSettings.Mode.TEMPLATES);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void theSameOnSharedPhraseAds(long seed) throws IOException {
        check(seed, GeneratorSettings.Mode.SHARED_PHRASES);
    }

    private static void check(long seed, GeneratorSettings.Mode mode) throws IOException {
        Random random = new Random(seed);
        int size = 150 + random.nextInt(500);
        int level = random.nextInt(5);
        List<AdSnapshot> ads = ClusteringQualityTest.generate(size, seed * 7919, level, mode).ads();
        ClusterSettings clusters = ClusterSettings.DEFAULT
                .withThreshold(0.3 + random.nextDouble() * 0.4)
                .withBands(8 + random.nextInt(24), 2 + random.nextInt(4));
        EngineSettings settings = new EngineSettings(clusters, new NetworkSettings(random.nextInt(6), 8));
        FeatureExtractor extractor = new FeatureExtractor(clusters);
        List<AdFeatures> features = ads.stream().map(extractor::features).toList();

        BatchAnalysis batch = new BatchAnalysis(settings, size);
        features.forEach(batch::add);
        Partition full = batch.run();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        AdIntelligence engine = new AdIntelligence(settings, batch.model(), 16, AdIntelligence.GroupListener.NONE);
        Map<Integer, Integer> itemOf = new HashMap<>();
        for (int original : order) {
            itemOf.put(original, engine.attach(features.get(original)).item());
        }
        Partition incremental = engine.partition();

        assertThat(groups(size, i -> full.cluster(i))).isEqualTo(groups(size, i -> incremental.cluster(itemOf.get(i))));
        assertThat(groups(size, i -> full.network(i))).isEqualTo(groups(size, i -> incremental.network(itemOf.get(i))));
        assertThat(groups(size, i -> full.cluster(i))).as("the data set has clusters").isNotEmpty();

        // a restart from the stored centres puts every ad back without deciding again: the same groups
        List<AdFeatures> inEngineOrder = new ArrayList<>(Collections.nCopies(size, null));
        itemOf.forEach((original, item) -> inEngineOrder.set(item, features.get(original)));
        AdIntelligence restarted = new AdIntelligence(settings, batch.model(), 16, AdIntelligence.GroupListener.NONE);
        restarted.restore(inEngineOrder, size, engine.centres());
        Partition restored = restarted.partition();
        assertThat(groups(size, i -> restored.cluster(itemOf.get(i)))).isEqualTo(groups(size, i -> incremental.cluster(itemOf.get(i))));
        assertThat(groups(size, i -> restored.network(itemOf.get(i)))).isEqualTo(groups(size, i -> incremental.network(itemOf.get(i))));
    }

    /** The partition as a set of sets of original ad positions (ads alone left out). */
    private static Set<Set<Integer>> groups(int size, IntUnaryOperator label) {
        Map<Integer, Set<Integer>> byLabel = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int l = label.applyAsInt(i);
            if (l >= 0) {
                byLabel.computeIfAbsent(l, k -> new HashSet<>()).add(i);
            }
        }
        return new HashSet<>(byLabel.values());
    }
}
