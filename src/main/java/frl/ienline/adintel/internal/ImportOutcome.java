package frl.ienline.adintel.internal;

import frl.ienline.adintel.engine.snapshot.LineError;
import java.util.List;
import java.util.UUID;

/** What an import did: stored everything, or nothing with the reasons. */
public sealed interface ImportOutcome {

    /**
     * @param lines            lines read (empty lines included)
     * @param snapshotsRead    snapshots in the file
     * @param newSnapshots     snapshots stored
     * @param repeatedSnapshots snapshots already known (or repeated in the file): not stored again
     * @param newAds           ads seen for the first time
     */
    record Completed(UUID importId, long lines, long snapshotsRead, int newSnapshots, int repeatedSnapshots,
            int newAds) implements ImportOutcome {
    }

    /** Nothing was stored. {@code errors} holds the first 1000, {@code totalErrors} counts them all. */
    record Rejected(List<LineError> errors, long totalErrors, long lines) implements ImportOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
