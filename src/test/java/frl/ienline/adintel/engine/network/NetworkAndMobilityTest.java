package frl.ienline.adintel.engine.network;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.adintel.engine.AdFeatures;
import frl.ienline.adintel.engine.AdIntelligence;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.FeatureExtractor;
import frl.ienline.adintel.engine.extract.AdExtractor;
import frl.ienline.adintel.engine.extract.TestTowns;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.ImageRef;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkAndMobilityTest {

    static final MunicipalityCode DRACHTEN = MunicipalityCode.of("GM0090");
    static final MunicipalityCode LEEUWARDEN = MunicipalityCode.of("GM0080");
    static final MunicipalityCode SNEEK = MunicipalityCode.of("GM1900");

    final AdExtractor extractor = new AdExtractor(new TestTowns());
    final FeatureExtractor features = new FeatureExtractor(EngineSettings.DEFAULT.clusters());
    final AdIntelligence engine = new AdIntelligence(EngineSettings.DEFAULT, 16);
    int counter;

    AdIntelligence.Attachment attach(String body, String location, String at, List<ImageRef> images) {
        AdSnapshot ad = new AdSnapshot("s", "a" + counter++, Instant.parse(at), null, null, body, location, null, null,
                List.of(), List.of(), images, null);
        return engine.attach(features.features(ad, extractor.extract(ad)));
    }

    static ImageRef image(int seed, long dhash) {
        return ImageRef.of(String.format("%064x", seed), HexFormat.of().toHexDigits(dhash));
    }

    @Test
    void sharedPhoneEmailAndImageTieAdsIntoOneNetworkWithItsLinks() {
        var a = attach("Bel 06-12345678", "Drachten", "2026-06-01T10:00:00Z", List.of());
        var b = attach("Call +31 6 1234 5678 now", "Drachten", "2026-06-02T10:00:00Z", List.of(image(1, 0x0F0F0F0F0F0F0F0FL)));
        var c = attach("Mail lisa [at] mail [dot] nl", null, "2026-06-03T10:00:00Z", List.of(image(1, 0x0F0F0F0F0F0F0F0FL)));
        var d = attach("Schrijf lisa@mail.nl", null, "2026-06-04T10:00:00Z", List.of());
        var alone = attach("Niemand anders", null, "2026-06-05T10:00:00Z", List.of());
        assertThat(engine.networkOf(a.item())).isEqualTo(0).isEqualTo(engine.networkOf(b.item()))
                .isEqualTo(engine.networkOf(c.item())).isEqualTo(engine.networkOf(d.item()));
        assertThat(engine.networkOf(alone.item())).isEqualTo(-1);
        assertThat(engine.linksOf(0)).extracting(AdIntelligence.Link::kind, AdIntelligence.Link::value)
                .contains(org.assertj.core.groups.Tuple.tuple(LinkKind.PHONE, "+31612345678"),
                        org.assertj.core.groups.Tuple.tuple(LinkKind.EMAIL, "lisa@mail.nl"),
                        org.assertj.core.groups.Tuple.tuple(LinkKind.IMAGE, String.format("%064x", 1)));
    }

    @Test
    void nearDuplicateImagesLinkWithinTheDistanceAndBlankImagesDoNot() {
        long base = 0x5A5A_1234_F0F0_9C3EL;
        var a = attach("een", null, "2026-06-01T10:00:00Z", List.of(image(1, base)));
        var near = attach("twee", null, "2026-06-01T11:00:00Z", List.of(image(2, base ^ 0b1011L)));
        var far = attach("drie", null, "2026-06-01T12:00:00Z", List.of(image(3, base ^ (0x3FL << 40))));
        var blank1 = attach("vier", null, "2026-06-01T13:00:00Z", List.of(image(4, 0L)));
        var blank2 = attach("vijf", null, "2026-06-01T14:00:00Z", List.of(image(5, 1L)));
        assertThat(engine.networkOf(near.item())).isEqualTo(a.item());
        assertThat(engine.networkOf(far.item())).isEqualTo(-1);
        assertThat(engine.networkOf(blank1.item())).isEqualTo(-1);
        assertThat(engine.networkOf(blank2.item())).isEqualTo(-1);
        assertThat(engine.linksOf(a.item())).extracting(AdIntelligence.Link::kind).containsExactly(LinkKind.SIMILAR_IMAGE);
    }

    @Test
    void nearDuplicateTextsFormAClusterAndTheirNetwork() {
        String template = "Hallo heren, ik ben %s, %d jaar. Ik bied een ontspannende massage in alle rust. Nieuw in %s, "
                + "alleen deze week. Bel voor een afspraak.";
        var a = attach(template.formatted("Anna", 23, "Drachten"), null, "2026-06-01T10:00:00Z", List.of());
        var b = attach(template.formatted("Lisa", 31, "Sneek"), null, "2026-06-02T10:00:00Z", List.of());
        assertThat(b.cluster()).isEqualTo(a.item());
        assertThat(b.network()).isEqualTo(a.item());
        assertThat(engine.clusterMembers(a.item())).containsExactly(0, 1);
        assertThat(engine.linksOf(a.item())).extracting(AdIntelligence.Link::kind).containsExactly(LinkKind.TEXT);
    }

    @Test
    void mobilityPerPhoneAndNetworkWithEventsOnAttach() {
        var first = attach("Bel 0612345678", "Drachten", "2026-06-01T10:00:00Z", List.of());
        assertThat(first.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly("NewInTown", "NewInTown");
        var second = attach("Bel 0612345678", "Drachten", "2026-06-03T10:00:00Z", List.of());
        assertThat(second.events()).isEmpty();
        var third = attach("Bel 0612345678", "Ljouwert", "2026-06-08T10:00:00Z", List.of());
        assertThat(third.events()).contains(
                new MobilityEvent.NewInTown("phone:+31612345678", LEEUWARDEN, Instant.parse("2026-06-08T10:00:00Z"), 2),
                new MobilityEvent.Moved("phone:+31612345678", DRACHTEN, LEEUWARDEN, Instant.parse("2026-06-08T10:00:00Z"), 2));
        var back = attach("Bel 0612345678", "Drachten", "2026-06-15T10:00:00Z", List.of());
        assertThat(back.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Moved", "Moved");

        Mobility.Report phone = engine.mobilityOfPhone("+31612345678");
        assertThat(phone.timeline()).extracting(Mobility.Stay::municipality).containsExactly(DRACHTEN, LEEUWARDEN, DRACHTEN);
        assertThat(phone.timeline().get(0).ads()).isEqualTo(2);
        assertThat(phone.municipalities()).containsExactly(DRACHTEN, LEEUWARDEN);
        assertThat(engine.mobilityOfNetwork(0).events()).hasSize(4);
    }

    @Test
    void mobilityDoesNotDependOnArrivalOrder() {
        List<Observation> inOrder = List.of(new Observation(0, Instant.parse("2026-06-01T00:00:00Z"), DRACHTEN),
                new Observation(1, Instant.parse("2026-06-08T00:00:00Z"), SNEEK),
                new Observation(2, Instant.parse("2026-06-15T00:00:00Z"), LEEUWARDEN));
        List<Observation> shuffled = List.of(inOrder.get(2), inOrder.get(0), inOrder.get(1));
        assertThat(Mobility.analyse("n", shuffled)).isEqualTo(Mobility.analyse("n", inOrder));
        assertThat(Mobility.analyse("n", inOrder).events()).filteredOn(MobilityEvent.Moved.class::isInstance).hasSize(2);
    }
}
