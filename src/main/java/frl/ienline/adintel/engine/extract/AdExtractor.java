package frl.ienline.adintel.engine.extract;

import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.shared.MunicipalityCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs every extractor over one snapshot. Stateless and thread-safe; build one and share it.
 */
public final class AdExtractor {

    /** The claimed age under which the {@value #YOUNG_CODE} indicator is raised (the usual minimum age is 21). */
    public static final int DEFAULT_YOUNG_AGE = 21;
    public static final String YOUNG_CODE = "CLAIMED_AGE_UNDER_MINIMUM";

    private final PhoneExtractor phones;
    private final EmailExtractor emails = new EmailExtractor();
    private final LinkExtractor links = new LinkExtractor();
    private final LicenceNumberExtractor licences;
    private final AgeExtractor ages = new AgeExtractor();
    private final TownLookup towns;
    private final IndicatorCatalog indicators;
    private final int youngAge;

    public AdExtractor(TownLookup towns) {
        this(new PhoneExtractor(), new LicenceNumberExtractor(), towns, IndicatorCatalog.standard(), DEFAULT_YOUNG_AGE);
    }

    public AdExtractor(PhoneExtractor phones, LicenceNumberExtractor licences, TownLookup towns, IndicatorCatalog indicators,
            int youngAge) {
        this.phones = Objects.requireNonNull(phones);
        this.licences = Objects.requireNonNull(licences);
        this.towns = Objects.requireNonNull(towns);
        this.indicators = Objects.requireNonNull(indicators);
        this.youngAge = youngAge;
    }

    public AdExtraction extract(AdSnapshot ad) {
        return extract(ad, true);
    }

    /**
     * Only what clusters and networks are built from: phones, e-mail addresses, links, handles, towns and the
     * municipality; no licence numbers, claimed age or indicators. For recomputing the groups of stored
     * snapshots, whose full extraction is already stored.
     */
    public AdExtraction extractForGrouping(AdSnapshot ad) {
        return extract(ad, false);
    }

    private AdExtraction extract(AdSnapshot ad, boolean full) {
        String text = ad.fullText();
        List<Found> foundPhones = new ArrayList<>();
        for (String raw : ad.phones()) {
            phones.normalize(raw).ifPresent(e164 -> foundPhones.add(new Found(e164, null)));
        }
        foundPhones.addAll(phones.find(text));
        if (ad.url() != null) {
            for (Found f : phones.find(ad.url())) {
                foundPhones.add(new Found(f.value(), null));
            }
        }
        List<Found> foundEmails = new ArrayList<>();
        for (String raw : ad.emails()) {
            emails.normalize(raw).ifPresent(e -> foundEmails.add(new Found(e, null)));
        }
        foundEmails.addAll(emails.find(text));
        List<TownMention> mentions = towns.findInText(text);
        MunicipalityCode municipality = municipality(ad, mentions);
        List<Found> foundLicences = new ArrayList<>();
        AgeExtractor.ClaimedAge age = null;
        List<IndicatorHit> hits = new ArrayList<>();
        if (full) {
            if (ad.licenseNumber() != null) {
                licences.normalize(ad.licenseNumber()).ifPresent(l -> foundLicences.add(new Found(l, null)));
            }
            foundLicences.addAll(licences.find(text));
            age = ages.find(ad.claimedAge(), text).orElse(null);
            hits.addAll(indicators.find(text));
            if (age != null && age.years() < youngAge) {
                hits.add(new IndicatorHit(YOUNG_CODE, 4, "*", age.span()));
            }
        }
        return new AdExtraction(foundPhones, foundEmails, links.urls(text), links.handles(text), foundLicences, age,
                mentions, municipality, hits);
    }

    private MunicipalityCode municipality(AdSnapshot ad, List<TownMention> mentions) {
        Optional<MunicipalityCode> code = Optional.empty();
        if (ad.location() != null) {
            code = towns.resolve(ad.location());
        }
        if (code.isEmpty() && ad.postcode() != null) {
            code = towns.resolve(ad.postcode());
        }
        if (code.isEmpty() && !mentions.isEmpty()) {
            code = Optional.of(mentions.get(0).municipality());
        }
        return code.orElse(null);
    }
}
