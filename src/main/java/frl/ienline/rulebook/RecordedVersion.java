package frl.ienline.rulebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rulebook version as the database keeps it.
 *
 * @param contentSha256    hash of the canonical content; it never changes for an id
 * @param sourceName       the file it was loaded from, e.g. {@code 2026.1.yaml}
 * @param recordedAt       when ienline first loaded it
 * @param firstActivatedAt when it first became the active version, or {@code null} if it has not (yet)
 * @param bundled          whether the running application still ships the file
 */
public record RecordedVersion(String id, LocalDate effectiveFrom, String contentSha256, String sourceName,
        Instant recordedAt, Instant firstActivatedAt, boolean bundled) {
}
