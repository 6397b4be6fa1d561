package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.FeatureExtractor;
import frl.ienline.adintel.engine.extract.AdExtractor;
import frl.ienline.adintel.engine.extract.TownLookup;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ReadOutcome;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.rulebook.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.List;

/** Where extraction time goes (a throw-away profile main, test scope). */
final class ExtractionProfile {
    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AdGenerator(GeneratorSettings.of(5000, 1)).write(out, new StringWriter());
        List<AdSnapshot> ads = ((ReadOutcome.Accepted) new AdSnapshotReader().readAll(new ByteArrayInputStream(out.toByteArray()))).snapshots();
        Gazetteer g = Gazetteer.loadBundled();
        GazetteerTownLookup towns = new GazetteerTownLookup(g, frl.ienline.rulebook.RulebookFiles.loadBundled().latest().municipalities());
        AdExtractor none = new AdExtractor(TownLookup.NONE);
        AdExtractor full = new AdExtractor(towns);
        FeatureExtractor features = new FeatureExtractor(EngineSettings.DEFAULT.clusters());
        for (int round = 0; round < 3; round++) {
            long t = System.nanoTime();
            for (AdSnapshot a : ads) none.extract(a);
            long t1 = System.nanoTime();
            for (AdSnapshot a : ads) full.extract(a);
            long t2 = System.nanoTime();
            for (AdSnapshot a : ads) towns.findInText(a.fullText());
            long t3 = System.nanoTime();
            for (AdSnapshot a : ads) features.features(a, none.extract(a));
            long t4 = System.nanoTime();
            for (AdSnapshot a : ads) a.contentHash();
            long t5 = System.nanoTime();
            System.out.printf("per ad: extract(no towns) %d us, extract(full) %d us, towns only %d us, extract+features %d us, hash %d us%n",
                    (t1 - t) / 5000 / 1000, (t2 - t1) / 5000 / 1000, (t3 - t2) / 5000 / 1000, (t4 - t3) / 5000 / 1000, (t5 - t4) / 5000 / 1000);
        }
    }
}
