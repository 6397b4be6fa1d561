package frl.ienline.adintel.engine;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.cluster.ClusterSettings;
import frl.ienline.adintel.engine.cluster.StockModel;
import frl.ienline.adintel.engine.network.NetworkSettings;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.ImageRef;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clusters are stars around a centre, stock phrases are not evidence of one author, stock photos tie nothing. */
class ClustersDoNotChainTest {

    final FeatureExtractor extractor = new FeatureExtractor(ClusterSettings.DEFAULT);
    int counter;

    AdFeatures ad(String body, String phone, List<ImageRef> images) {
        return extractor.features(new AdSnapshot("s", "a" + counter++, Instant.parse("2026-06-01T10:00:00Z").plusSeconds(counter),
                null, null, body, null, null, null, phone == null ? List.of() : List.of(phone), List.of(), images, null));
    }

    static final String[] WORDS = ("zomer strand fiets koffie boeken dansen muziek avond wijn kaarsen zijde parfum reizen zee"
            + " bloemen regen thee chocolade film tuin kat sterren vakantie keuken koken lachen praten wandelen zwemmen sport yoga"
            + " piano schilderen lezen dromen verhalen geheimen verrassing warmte avontuur").split(" ");

    /** Ten words, the first {@code shift} replaced: texts i and i+1 are close, texts far apart in the chain are not. */
    static String link(int shift) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 14; w++) {
            b.append(WORDS[(w + shift) % WORDS.length]).append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void aChainOfTextsEachCloseToTheNextIsNotOneCluster() {
        BatchAnalysis batch = new BatchAnalysis(EngineSettings.DEFAULT, 16);
        List<AdFeatures> ads = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ads.add(ad(link(i), null, List.of()));
            batch.add(ads.getLast());
        }
        Partition partition = batch.run();
        AdIntelligence engine = new AdIntelligence(EngineSettings.DEFAULT, batch.model(), 16, AdIntelligence.GroupListener.NONE);
        ads.forEach(engine::attach);
        // neighbours are similar enough to be one cluster under connected components...
        assertThat(engine.similarity(0, 1)).isGreaterThan(ClusterSettings.DEFAULT.threshold());
        assertThat(engine.similarity(0, 11)).isLessThan(ClusterSettings.DEFAULT.threshold());
        // ...but the first and the last never share a cluster, and every member reaches its centre
        assertThat(partition.cluster(0) < 0 || partition.cluster(0) != partition.cluster(11)).isTrue();
        for (int i = 0; i < 12; i++) {
            int centre = engine.centreOf(i);
            if (centre >= 0) {
                assertThat(engine.similarity(i, centre)).isGreaterThanOrEqualTo(ClusterSettings.DEFAULT.threshold());
            }
        }
    }

    @Test
    void everyMemberOfEveryClusterReachesItsCentreOnSharedPhraseAds() throws IOException {
        ClusteringQualityTest.Labelled data = ClusteringQualityTest.generate(3000, 11, 2, GeneratorSettings.Mode.SHARED_PHRASES);
        BatchAnalysis batch = new BatchAnalysis(EngineSettings.DEFAULT, 3000);
        data.ads().forEach(a -> batch.add(extractor.features(a)));
        batch.run();
        AdIntelligence engine = new AdIntelligence(EngineSettings.DEFAULT, batch.model(), 3000, AdIntelligence.GroupListener.NONE);
        data.ads().forEach(a -> engine.attach(extractor.features(a)));
        int clustered = 0;
        for (int i = 0; i < engine.size(); i++) {
            int centre = engine.centreOf(i);
            if (centre >= 0 && centre != i) {
                clustered++;
                assertThat(engine.similarity(i, centre)).as("ad %d", i).isGreaterThanOrEqualTo(ClusterSettings.DEFAULT.threshold());
            }
        }
        assertThat(clustered).isGreaterThan(500);
    }

    /** A made-up word of its own for each number (consonants differ, so their skeletons do). */
    static String word(int n) {
        String consonants = "bcdfghjklmnpqrstvwxz";
        return "o" + consonants.charAt(n % 20) + "a" + consonants.charAt(n / 20 % 20) + "e" + consonants.charAt(n / 400 % 20);
    }

    @Test
    void phrasesManyIndependentAdvertisersWriteAreNotEvidenceOfOneAuthor() {
        String stock = "Hoi lieverd! Nieuw in de stad, 24/7 beschikbaar, discreet adres, heerlijke massage, bel of app voor een afspraak.";
        BatchAnalysis batch = new BatchAnalysis(EngineSettings.DEFAULT, 512);
        List<AdFeatures> ads = new ArrayList<>();
        // 400 independent advertisers (own phone) write the stock text and two words of their own
        for (int i = 0; i < 400; i++) {
            ads.add(ad(stock + " " + word(i) + " " + word(i + 1000) + ".",
                    "+3161" + String.format("%07d", 1000 + i), List.of()));
        }
        // one operation, one phone, posts the stock text with a sentence of its own five times
        for (int i = 0; i < 5; i++) {
            ads.add(ad(stock + " Zomeravond aan zee met chocolade kaarsen en zijde parfum.", "+31612999999", List.of()));
        }
        ads.forEach(batch::add);
        Partition partition = batch.run();
        StockModel model = batch.model();
        int[] shingles = ads.getLast().text().shingles();
        assertThat(java.util.Arrays.stream(shingles).map(model::authors).max().orElseThrow()).isEqualTo(401);
        for (int i = 0; i < 400; i++) {
            assertThat(partition.cluster(i)).as("independent ad %d", i).isEqualTo(-1);
        }
        int operation = partition.cluster(400);
        assertThat(operation).isNotEqualTo(-1);
        for (int i = 400; i < 405; i++) {
            assertThat(partition.cluster(i)).isEqualTo(operation);
        }
    }

    @Test
    void aStockPhotoShownByManyAuthorsTiesNoNetworks() {
        ImageRef stockPhoto = ImageRef.of("a".repeat(64), "5a5a1234f0f09c3e");
        BatchAnalysis batch = new BatchAnalysis(new EngineSettings(ClusterSettings.DEFAULT, NetworkSettings.DEFAULT), 64);
        for (int i = 0; i < 40; i++) {
            batch.add(ad("Eigen tekst " + WORDS[i % WORDS.length], "+3162" + String.format("%07d", 1000 + i), List.of(stockPhoto)));
        }
        ImageRef own = ImageRef.of("b".repeat(64), "0f0f33cc55aa9966");
        batch.add(ad("Iets anders", "+31630000001", List.of(own)));
        batch.add(ad("Nog iets anders", "+31630000002", List.of(own)));
        Partition partition = batch.run();
        for (int i = 0; i < 40; i++) {
            assertThat(partition.network(i)).isEqualTo(-1);
        }
        assertThat(partition.network(40)).isEqualTo(40).isEqualTo(partition.network(41));
    }
}
