package frl.ienline.adintel.engine.synth;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.AdSnapshotReader;
import frl.ienline.adintel.engine.snapshot.ReadOutcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdGeneratorTest {

    record Output(byte[] jsonl, String truth) {
    }

    static Output generate(GeneratorSettings settings) throws IOException {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        StringWriter truth = new StringWriter();
        new AdGenerator(settings).write(jsonl, truth);
        return new Output(jsonl.toByteArray(), truth.toString());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        Output a = generate(GeneratorSettings.of(500, 42));
        Output b = generate(GeneratorSettings.of(500, 42));
        Output c = generate(GeneratorSettings.of(500, 43));
        assertThat(a.jsonl()).isEqualTo(b.jsonl());
        assertThat(a.truth()).isEqualTo(b.truth());
        assertThat(a.jsonl()).isNotEqualTo(c.jsonl());
    }

    @Test
    void writesValidAdsInSeveralLanguagesWithGroundTruthForEach() throws IOException {
        Output out = generate(GeneratorSettings.of(2000, 5).withObfuscation(3));
        ReadOutcome outcome = new AdSnapshotReader().readAll(new ByteArrayInputStream(out.jsonl()));
        assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
        List<AdSnapshot> ads = ((ReadOutcome.Accepted) outcome).snapshots();
        assertThat(ads).hasSize(2000);
        String[] truth = out.truth().split("\n");
        assertThat(truth[0]).isEqualTo("source,sourceAdId,trueClusterId,trueNetworkId");
        assertThat(truth).hasSize(2001);
        assertThat(truth[1]).startsWith(ads.get(0).source() + "," + ads.get(0).sourceAdId() + ",");
        String all = new String(out.jsonl(), StandardCharsets.UTF_8);
        assertThat(all).contains("Hallo", "Hello", "Salut", "Hola", "Szia", "Здравей", "Czesc");
        assertThat(ads).anySatisfy(ad -> assertThat(ad.fullText()).containsPattern("[Oo]6|nul zes|zero six|０６"));
        assertThat(ads).anySatisfy(ad -> assertThat(ad.licenseNumber()).matches("FRL-\\d{4}-(PB|EB|OE)-\\d{4}"));
        assertThat(ads).extracting(AdSnapshot::capturedAt).isSorted();
        assertThat(out.truth()).contains(",N").contains(",W");
    }

    @Test
    void writesTheTruthBesideTheAds(@TempDir Path dir) throws IOException {
        Path ads = dir.resolve("ads.jsonl");
        new AdGenerator(GeneratorSettings.of(10, 1)).write(ads, AdGenerator.truthPathFor(ads));
        assertThat(AdGenerator.truthPathFor(ads)).isEqualTo(dir.resolve("ads.truth.csv"));
        assertThat(Files.readAllLines(dir.resolve("ads.truth.csv"))).hasSize(11);
        assertThat(Files.readAllLines(ads)).hasSize(10);
    }

    @Test
    void sharedPhraseModeWritesValidAdsFromOneStockWithGroundTruth() throws IOException {
        GeneratorSettings settings = GeneratorSettings.of(3000, 9).withMode(GeneratorSettings.Mode.SHARED_PHRASES);
        Output out = generate(settings);
        assertThat(generate(settings).jsonl()).isEqualTo(out.jsonl());
        ReadOutcome outcome = new AdSnapshotReader().readAll(new ByteArrayInputStream(out.jsonl()));
        assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
        List<AdSnapshot> ads = ((ReadOutcome.Accepted) outcome).snapshots();
        assertThat(ads).hasSize(3000);
        String all = new String(out.jsonl(), StandardCharsets.UTF_8);
        assertThat(all).contains("24/7 beschikbaar", "iscreet adres", "Bel of app", "vailable 24/7", "Salut");
        assertThat(out.truth()).contains(",N").contains(",W");
        // many ads share a stock phrase; far more than any one operation has
        assertThat(ads.stream().filter(ad -> ad.fullText().contains("iscreet adres")).count()).isGreaterThan(100);
    }
}
