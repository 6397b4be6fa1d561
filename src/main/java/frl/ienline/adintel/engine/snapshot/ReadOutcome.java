package frl.ienline.adintel.engine.snapshot;

import java.util.List;

/** The result of reading an import: every snapshot, or every error and no snapshot at all. */
public sealed interface ReadOutcome {

    /** Every line was valid. */
    record Accepted(List<AdSnapshot> snapshots) implements ReadOutcome {
        public Accepted {
            snapshots = List.copyOf(snapshots);
        }
    }

    /**
     * At least one line was invalid; nothing is returned but the errors.
     *
     * @param errors the errors in line order, at most the reader's limit
     * @param totalErrors how many errors there were in all (more than {@code errors.size()} when capped)
     */
    record Rejected(List<LineError> errors, long totalErrors) implements ReadOutcome {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection has at least one error");
            }
        }
    }
}
