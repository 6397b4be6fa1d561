package frl.ienline.adintel;

import java.time.Instant;
import java.util.UUID;

/**
 * Published after an import committed. Carries no personal data; listeners ask {@link AdSightings#ofImport}.
 *
 * @param newSnapshots how many new snapshots it stored (0 for a repeated import)
 */
public record AdsImported(UUID importId, int newSnapshots, Instant completedAt) {
}
