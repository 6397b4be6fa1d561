package frl.ienline.adintel.engine;

import frl.ienline.adintel.engine.cluster.TextSignature;
import frl.ienline.shared.MunicipalityCode;
import java.time.Instant;
import java.util.Objects;

/**
 * What the clustering and network engine needs of one ad snapshot, computed by {@link FeatureExtractor}.
 *
 * @param keys identifier keys (phone, e-mail, handle, image file) from {@code EntityKeys}
 * @param keyValues the value behind each key (same order), for listing links; personal data
 * @param dhashes the difference hashes of its images
 * @param municipality where the ad is, or {@code null} when unknown
 */
public record AdFeatures(
        String source,
        String sourceAdId,
        Instant capturedAt,
        MunicipalityCode municipality,
        TextSignature text,
        long[] keys,
        String[] keyValues,
        long[] dhashes) {

    public AdFeatures {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceAdId, "sourceAdId");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(keyValues, "keyValues");
        Objects.requireNonNull(dhashes, "dhashes");
        if (keys.length != keyValues.length) {
            throw new IllegalArgumentException("a value for every key");
        }
    }
}
