package frl.ienline.adintel.internal;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.engine.AdFeatures;
import frl.ienline.adintel.engine.EngineSettings;
import frl.ienline.adintel.engine.FeatureExtractor;
import frl.ienline.adintel.engine.extract.AdExtraction;
import frl.ienline.adintel.engine.extract.AdExtractor;
import frl.ienline.adintel.engine.extract.IndicatorCatalog;
import frl.ienline.adintel.engine.extract.LicenceNumberExtractor;
import frl.ienline.adintel.engine.extract.PhoneExtractor;
import frl.ienline.adintel.engine.snapshot.AdSnapshot;
import frl.ienline.rulebook.LicenceNumberFormat;

/**
 * Everything the import derives from one snapshot: the extraction (with the gazetteer and the rulebook's
 * licence number format), the engine's features and the licence check. Thread-safe.
 */
public final class SnapshotAnalyser {

    /** One analysed snapshot. */
    public record Analysed(AdSnapshot snapshot, String contentHash, AdExtraction extraction, AdFeatures features,
            AdLicenceCheck licenceCheck) {
    }

    private final AdExtractor extractor;
    private final FeatureExtractor features;
    private final LicenceChecks licences;
    private final LicenceNumberFormat format;

    public SnapshotAnalyser(GazetteerTownLookup towns, LicenceNumberFormat format, LicenceChecks licences,
            EngineSettings settings) {
        this.extractor = new AdExtractor(new PhoneExtractor(), new LicenceNumberExtractor(format.regex()), towns,
                IndicatorCatalog.standard(), AdExtractor.DEFAULT_YOUNG_AGE);
        this.features = new FeatureExtractor(settings.clusters());
        this.licences = licences;
        this.format = format;
    }

    public LicenceNumberFormat format() {
        return format;
    }

    public Analysed analyse(AdSnapshot snapshot) {
        AdExtraction extraction = extractor.extract(snapshot);
        AdLicenceCheck check = licences.check(extraction.municipality(), extraction.licenceNumberValues(),
                extraction.phoneNumbers(), format);
        return new Analysed(snapshot, snapshot.contentHash(), extraction, features.features(snapshot, extraction), check);
    }
}
