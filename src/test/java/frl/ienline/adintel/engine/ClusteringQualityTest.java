package frl.ienline.adintel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.cli.PairwiseScore;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ReadOutcome;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clustering and networks reach the targets against the generator's ground truth on a small set. */
class ClusteringQualityTest {

    record Labelled(List<AdSnapshot> ads, List<String> trueClusters, List<String> trueNetworks) {
    }

    static Labelled generate(int ads, long seed, int obfuscation) throws IOException {
        return generate(ads, seed, obfuscation, GeneratorSettings.Mode.TEMPLATES);
    }

    static Labelled generate(int ads, long seed, int obfuscation, GeneratorSettings.Mode mode) throws IOException {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        StringWriter truth = new StringWriter();
        new AdGenerator(GeneratorSettings.of(ads, seed).withObfuscation(obfuscation).withMode(mode)).write(jsonl, truth);
        List<AdSnapshot> snapshots = ((ReadOutcome.Accepted) new AdSnapshotReader()
                .readAll(new ByteArrayInputStream(jsonl.toByteArray()))).snapshots();
        List<String> clusters = new ArrayList<>();
        List<String> networks = new ArrayList<>();
        String[] lines = truth.toString().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].split(",", -1);
            clusters.add(parts[2]);
            networks.add(parts[3]);
        }
        return new Labelled(snapshots, clusters, networks);
    }

    @Test
    void precisionAndRecallAtTheDefaultObfuscation() throws IOException {
        Labelled data = generate(4000, 2026, GeneratorSettings.DEFAULT_OBFUSCATION);
        FeatureExtractor extractor = new FeatureExtractor(EngineSettings.DEFAULT.clusters());
        BatchAnalysis batch = new BatchAnalysis(EngineSettings.DEFAULT, data.ads().size());
        data.ads().forEach(ad -> batch.add(extractor.features(ad)));
        Partition partition = batch.run();
        List<String> clusters = new ArrayList<>();
        List<String> networks = new ArrayList<>();
        for (int i = 0; i < partition.size(); i++) {
            clusters.add(partition.cluster(i) < 0 ? "" : "C" + partition.cluster(i));
            networks.add(partition.network(i) < 0 ? "" : "N" + partition.network(i));
        }
        PairwiseScore clusterScore = PairwiseScore.of(clusters, data.trueClusters());
        PairwiseScore networkScore = PairwiseScore.of(networks, data.trueNetworks());
        assertThat(clusterScore.truePairs()).isGreaterThan(10_000);
        assertThat(clusterScore.precision()).as("cluster precision %s", clusterScore).isGreaterThanOrEqualTo(0.95);
        assertThat(clusterScore.recall()).as("cluster recall %s", clusterScore).isGreaterThanOrEqualTo(0.90);
        assertThat(networkScore.precision()).as("network precision %s", networkScore).isGreaterThanOrEqualTo(0.95);
        assertThat(networkScore.recall()).as("network recall %s", networkScore).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void pairwiseScoreCountsPairs() {
        PairwiseScore s = PairwiseScore.of(List.of("a", "a", "a", "", "b"), List.of("x", "x", "y", "y", ""));
        assertThat(s.predictedPairs()).isEqualTo(3);
        assertThat(s.truePairs()).isEqualTo(2);
        assertThat(s.correctPairs()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
