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
import frl.ienline.adintel.engine.extract.Found;
import java.util.ArrayList;
import java.util.List;

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
        this.extractor = new AdExtractor(new PhoneExtractor(), new LicenceNumberExtractor(tolerant(format)), towns,
                IndicatorCatalog.standard(), AdExtractor.DEFAULT_YOUNG_AGE);
        this.features = new FeatureExtractor(settings.clusters());
        this.licences = licences;
        this.format = format;
    }

    public LicenceNumberFormat format() {
        return format;
    }

    /**
     * The rulebook's template as the engine's tolerant format: the literal parts as written, the municipality as
     * four digits, the kind as two letters and the sequence with its digits. The engine then accepts any case
     * and spaces, dots, slashes, dashes or nothing between the parts; {@link #analyse} keeps only numbers that the
     * rulebook's own pattern accepts ({@code FRL-0080-XX-0012} is not a licence number).
     */
    static String tolerant(LicenceNumberFormat format) {
        String template = format.template();
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith(LicenceNumberFormat.MUNICIPALITY, i)) {
                regex.append("\\d{4}");
                i += LicenceNumberFormat.MUNICIPALITY.length();
            } else if (template.startsWith(LicenceNumberFormat.KIND, i)) {
                regex.append("[A-Z]{2}");
                i += LicenceNumberFormat.KIND.length();
            } else if (template.startsWith(LicenceNumberFormat.SEQUENCE, i)) {
                regex.append("\\d{").append(format.sequenceDigits()).append('}');
                i += LicenceNumberFormat.SEQUENCE.length();
            } else {
                char c = template.charAt(i++);
                regex.append(Character.isLetterOrDigit(c) || c == '-' ? String.valueOf(c) : "\\" + c);
            }
        }
        return regex.toString();
    }

    /**
     * The engine's features of a stored snapshot, from the extraction clusters and networks are built from
     * only: the same features as {@link #analyse}, without licence numbers, age, indicators or licence check.
     */
    public AdFeatures groupingFeatures(AdSnapshot snapshot) {
        return features.features(snapshot, extractor.extractForGrouping(snapshot));
    }

    public Analysed analyse(AdSnapshot snapshot) {
        return analyse(snapshot, snapshot.contentHash());
    }

    /** With the content hash already computed (the import hashes every line first to find what is new). */
    public Analysed analyse(AdSnapshot snapshot, String contentHash) {
        AdExtraction raw = extractor.extract(snapshot);
        List<Found> numbers = new ArrayList<>();
        for (Found found : raw.licenceNumbers()) {
            format.parse(found.value()).ifPresent(m -> numbers.add(new Found(m.number(), found.span())));
        }
        AdExtraction extraction = numbers.equals(raw.licenceNumbers()) ? raw : new AdExtraction(raw.phones(), raw.emails(),
                raw.urls(), raw.handles(), numbers, raw.claimedAge(), raw.towns(), raw.municipality(), raw.indicators());
        AdLicenceCheck check = licences.check(extraction.municipality(), extraction.licenceNumberValues(),
                extraction.phoneNumbers(), format);
        return new Analysed(snapshot, contentHash, extraction, features.features(snapshot, extraction), check);
    }
}
