package frl.ienline.adintel.engine.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One capture of one ad, as imported: immutable evidence. {@code source} and {@code sourceAdId}
 * identify the ad; {@link #contentHash()} identifies what it said, so a re-import of the same capture is
 * recognisable and a changed ad becomes a new snapshot of the same ad.
 *
 * <p>Lists are never {@code null} (absent means empty); other optional fields are {@code null} when absent.
 */
public record AdSnapshot(
        String source,
        String sourceAdId,
        Instant capturedAt,
        String url,
        String title,
        String body,
        String location,
        String postcode,
        Integer claimedAge,
        List<String> phones,
        List<String> emails,
        List<ImageRef> images,
        String licenseNumber) {

    public AdSnapshot {
        requireText(source, "source");
        requireText(sourceAdId, "sourceAdId");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(body, "body");
        if (claimedAge != null && (claimedAge < 0 || claimedAge > 130)) {
            throw new IllegalArgumentException("claimedAge out of range: " + claimedAge);
        }
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        images = images == null ? List.of() : List.copyOf(images);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** SHA-256 (lowercase hex) over the canonical form of the content; see {@link ContentHash}. */
    public String contentHash() {
        return ContentHash.of(this);
    }

    /** Title and body as one text, as the extractors and the clustering read it. */
    public String fullText() {
        return title == null || title.isBlank() ? body : title + "\n" + body;
    }
}
