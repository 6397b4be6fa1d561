package frl.ienline.signals.internal;

import java.time.Instant;

/** One line of a signal's append-only history. */
public record HistoryEntry(Instant at, String actorName, String actorOrg, String event, SignalState fromState,
        SignalState toState, String detail) {
}
