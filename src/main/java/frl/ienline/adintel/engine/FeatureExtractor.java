package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.ClusterSettings;
import frl.ienline.adintel.engine.cluster.Mask;
import frl.ienline.adintel.engine.cluster.TextSigner;
import frl.ienline.adintel.engine.extract.AdExtraction;
import frl.ienline.adintel.engine.extract.EmailExtractor;
import frl.ienline.adintel.engine.extract.Found;
import frl.ienline.adintel.engine.extract.Handle;
import frl.ienline.adintel.engine.extract.LinkExtractor;
import frl.ienline.adintel.engine.extract.PhoneExtractor;
import frl.ienline.adintel.engine.extract.TownMention;
import frl.ienline.adintel.engine.network.EntityKeys;
import frl.ienline.adintel.engine.network.LinkKind;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.adintel.engine.snapshot.ImageRef;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes an ad's {@link AdFeatures}: identifier keys, image hashes and the text signature with phone
 * numbers, addresses, links, handles and towns masked, so copies of one template that differ only there
 * still look alike. Thread-safe.
 */
public final class FeatureExtractor {

    private final TextSigner signer;
    private final PhoneExtractor phones = new PhoneExtractor();
    private final EmailExtractor emails = new EmailExtractor();
    private final LinkExtractor links = new LinkExtractor();

    public FeatureExtractor(ClusterSettings settings) {
        this.signer = new TextSigner(settings);
    }

    public ClusterSettings settings() {
        return signer.settings();
    }

    /** Features from a full extraction (the import path). */
    public AdFeatures features(AdSnapshot ad, AdExtraction extraction) {
        Keys keys = new Keys();
        List<Mask> masks = new ArrayList<>();
        extraction.phones().forEach(f -> add(keys, masks, LinkKind.PHONE, f, '#'));
        extraction.emails().forEach(f -> add(keys, masks, LinkKind.EMAIL, f, '@'));
        extraction.urls().forEach(f -> masks.add(new Mask(f.span().start(), f.span().end(), '/')));
        extraction.handles().forEach(h -> addHandle(keys, masks, h));
        for (TownMention town : extraction.towns()) {
            masks.add(new Mask(town.span().start(), town.span().end(), 't'));
        }
        return build(ad, extraction.municipality(), keys, masks);
    }

    /**
     * Features with only the extraction clustering needs (phones, e-mail addresses, links, handles): the
     * fast path for the command line, where no gazetteer or indicators are wanted.
     */
    public AdFeatures features(AdSnapshot ad) {
        Keys keys = new Keys();
        List<Mask> masks = new ArrayList<>();
        String text = ad.fullText();
        for (String raw : ad.phones()) {
            phones.normalize(raw).ifPresent(v -> keys.put(LinkKind.PHONE, v));
        }
        phones.find(text).forEach(f -> add(keys, masks, LinkKind.PHONE, f, '#'));
        for (String raw : ad.emails()) {
            emails.normalize(raw).ifPresent(v -> keys.put(LinkKind.EMAIL, v));
        }
        emails.find(text).forEach(f -> add(keys, masks, LinkKind.EMAIL, f, '@'));
        links.urls(text).forEach(f -> masks.add(new Mask(f.span().start(), f.span().end(), '/')));
        links.handles(text).forEach(h -> addHandle(keys, masks, h));
        return build(ad, null, keys, masks);
    }

    private AdFeatures build(AdSnapshot ad, MunicipalityCode municipality, Keys keys, List<Mask> masks) {
        List<Long> dhashes = new ArrayList<>(ad.images().size());
        for (ImageRef image : ad.images()) {
            keys.put(LinkKind.IMAGE, image.sha256());
            image.dhashBits().ifPresent(dhashes::add);
        }
        long[] dh = dhashes.stream().mapToLong(Long::longValue).distinct().toArray();
        long[] keyArray = new long[keys.values.size()];
        String[] valueArray = new String[keyArray.length];
        int i = 0;
        for (Map.Entry<Long, String> e : keys.values.entrySet()) {
            keyArray[i] = e.getKey();
            valueArray[i++] = e.getValue();
        }
        return new AdFeatures(ad.source(), ad.sourceAdId(), ad.capturedAt(), municipality,
                signer.sign(ad.fullText(), masks), keyArray, valueArray, dh);
    }

    private static void add(Keys keys, List<Mask> masks, LinkKind kind, Found found, char placeholder) {
        keys.put(kind, found.value());
        if (found.span() != null) {
            masks.add(new Mask(found.span().start(), found.span().end(), placeholder));
        }
    }

    private static void addHandle(Keys keys, List<Mask> masks, Handle handle) {
        keys.put(LinkKind.HANDLE, handle.key());
        masks.add(new Mask(handle.span().start(), handle.span().end(), '@'));
    }

    private static final class Keys {
        final Map<Long, String> values = new LinkedHashMap<>();

        void put(LinkKind kind, String value) {
            values.putIfAbsent(EntityKeys.key(kind, value), value);
        }
    }
}
