package frl.ienline.adintel.engine.snapshot;

/** Receives snapshots as a streaming read validates them. */
@FunctionalInterface
public interface SnapshotSink {

    /**
     * @param line the 1-based line number the snapshot came from
     * @param snapshot the valid snapshot
     */
    void accept(long line, AdSnapshot snapshot);
}
