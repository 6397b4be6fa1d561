package frl.ienline.register.internal;

import java.time.Instant;
import java.util.Objects;

/** One line of a file's append-only history: who did what, when, why, and the state before and after. */
public record HistoryEntry(Instant at, String by, String action, String fromState, String toState, String reason) {

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
    }
}
