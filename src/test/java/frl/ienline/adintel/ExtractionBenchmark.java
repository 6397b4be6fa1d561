package frl.ienline.adintel;

import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.FeatureExtractor;
import frl.ienline.adintel.engine.extract.AdExtraction;
import frl.ienline.adintel.engine.extract.AgeExtractor;
import frl.ienline.adintel.engine.extract.EmailExtractor;
import frl.ienline.adintel.engine.extract.IndicatorCatalog;
import frl.ienline.adintel.engine.extract.LicenceNumberExtractor;
import frl.ienline.adintel.engine.extract.LinkExtractor;
import frl.ienline.adintel.engine.extract.PhoneExtractor;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ReadOutcome;
import frl.ienline.adintel.engine.synth.AdGenerator;
import frl.ienline.adintel.engine.synth.GeneratorSettings;
import frl.ienline.adintel.internal.GazetteerTownLookup;
import frl.ienline.adintel.internal.LicenceChecks;
import frl.ienline.adintel.internal.SnapshotAnalyser;
import frl.ienline.register.LicenceStatus;
import frl.ienline.register.LicenceVerification;
import frl.ienline.rulebook.Gazetteer;
import frl.ienline.rulebook.RulebookFiles;
import frl.ienline.rulebook.RulebookVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Where the import's analysis time goes, per ad on one thread: each extractor on its own over the same
 * generated ads, then the whole analysis as the import runs it (without the database; the register answers
 * "unknown" from memory). {@code -Dbench.ads=20000 -Dbench.seed=42}. See docs/benchmarks.md, "Ad import".
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.ads", 20_000);
        long seed = Long.getLong("bench.seed", 42L);
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        new AdGenerator(GeneratorSettings.of(count, seed)).write(jsonl, new StringWriter());
        byte[] bytes = jsonl.toByteArray();
        List<AdSnapshot> ads = ((ReadOutcome.Accepted) new AdSnapshotReader().readAll(new ByteArrayInputStream(bytes)))
                .snapshots();
        List<String> texts = ads.stream().map(AdSnapshot::fullText).toList();

        RulebookVersion rulebook = RulebookFiles.loadBundled().latest();
        Gazetteer gazetteer = Gazetteer.loadBundled(rulebook.municipalities());
        GazetteerTownLookup towns = new GazetteerTownLookup(gazetteer);
        LicenceVerification unknown = new LicenceVerification() {
            @Override
            public LicenceStatus status(String number) {
                return LicenceStatus.UNKNOWN;
            }

            @Override
            public boolean matchesAdPhone(String number, String phone) {
                return false;
            }
        };
        SnapshotAnalyser analyser = new SnapshotAnalyser(towns, rulebook.licenceNumberFormat(), new LicenceChecks(unknown),
                EngineSettings.DEFAULT);
        PhoneExtractor phones = new PhoneExtractor();
        EmailExtractor emails = new EmailExtractor();
        LinkExtractor links = new LinkExtractor();
        LicenceNumberExtractor licences = new LicenceNumberExtractor();
        AgeExtractor ages = new AgeExtractor();
        IndicatorCatalog indicators = IndicatorCatalog.standard();
        FeatureExtractor features = new FeatureExtractor(EngineSettings.DEFAULT.clusters());
        List<AdExtraction> extractions = ads.stream().map(a -> analyser.analyse(a).extraction()).toList();

        Map<String, ToIntFunction<Integer>> parts = new LinkedHashMap<>();
        parts.put("JSON reading (per line)", i -> i == 0 ? readAll(bytes) : 0);
        parts.put("content hash", i -> ads.get(i).contentHash().length());
        parts.put("phones", i -> phones.find(texts.get(i)).size());
        parts.put("e-mail addresses", i -> emails.find(texts.get(i)).size());
        parts.put("URLs and handles", i -> links.urls(texts.get(i)).size() + links.handles(texts.get(i)).size());
        parts.put("licence numbers", i -> licences.find(texts.get(i)).size());
        parts.put("claimed age (text)", i -> ages.find(null, texts.get(i)).isPresent() ? 1 : 0);
        parts.put("towns (gazetteer)", i -> towns.findInText(texts.get(i)).size());
        parts.put("indicators", i -> indicators.find(texts.get(i)).size());
        parts.put("text signature and keys", i -> features.features(ads.get(i), extractions.get(i)).keys().length);
        parts.put("whole analysis", i -> analyser.analyse(ads.get(i)).extraction().indicators().size());

        System.out.printf(Locale.ROOT, "%,d generated ads (%,d MB), one thread, µs per ad (best of 5 rounds)%n", count,
                bytes.length >> 20);
        Map<String, Double> best = new LinkedHashMap<>();
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            for (Map.Entry<String, ToIntFunction<Integer>> part : parts.entrySet()) {
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    sink += part.getValue().applyAsInt(i);
                }
                double micros = (System.nanoTime() - start) / 1e3 / count;
                best.merge(part.getKey(), micros, Math::min);
            }
        }
        double whole = best.get("whole analysis");
        List<String> lines = new ArrayList<>();
        best.forEach((name, micros) -> lines.add(String.format(Locale.ROOT, "%-26s %8.1f µs  %5.2f of the whole analysis",
                name, micros, micros / whole)));
        lines.forEach(System.out::println);
        System.out.println("(checksum " + sink + ")");
    }

    private static int readAll(byte[] bytes) {
        try {
            return ((ReadOutcome.Accepted) new AdSnapshotReader().readAll(new ByteArrayInputStream(bytes))).snapshots().size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
