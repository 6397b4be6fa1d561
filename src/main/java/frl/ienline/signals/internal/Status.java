package frl.ienline.signals.internal;

import frl.ienline.shared.InputRejected;
import java.util.UUID;

/**
 * The life cycle of a signal: its state, outcome and whether it was merged into another. Verbs return the
 * next status and refuse what the life cycle does not allow.
 */
public record Status(SignalState state, Outcome outcome, UUID mergedInto) {

    public Status {
        if ((state == SignalState.CLOSED) != (outcome != null)) {
            throw new IllegalArgumentException("A closed signal has an outcome, an open one has none");
        }
    }

    public static Status registered() {
        return new Status(SignalState.NEW, null, null);
    }

    public Status startTriage() {
        requireActive();
        if (state != SignalState.NEW) {
            throw InputRejected.of("state", "Triage can only start on a new signal");
        }
        return new Status(SignalState.IN_TRIAGE, null, null);
    }

    public Status refer() {
        requireActive();
        if (state != SignalState.IN_TRIAGE && state != SignalState.REFERRED) {
            throw InputRejected.of("state", "Only a signal in triage or already referred can be referred");
        }
        return new Status(SignalState.REFERRED, null, null);
    }

    public Status close(Outcome result) {
        requireActive();
        if (result == null) {
            throw InputRejected.of("outcome", "Choose an outcome");
        }
        if (state != SignalState.IN_TRIAGE && state != SignalState.REFERRED) {
            throw InputRejected.of("state", "Only a signal in triage or referred can be closed");
        }
        return new Status(SignalState.CLOSED, result, null);
    }

    public Status mergeInto(UUID self, UUID primary, Status primaryStatus) {
        requireActive();
        if (self.equals(primary)) {
            throw InputRejected.of("primary", "A signal cannot be merged into itself");
        }
        if (primaryStatus.mergedInto() != null || primaryStatus.state() == SignalState.CLOSED) {
            throw InputRejected.of("primary", "Merge into an open signal that was not merged itself");
        }
        return new Status(state, outcome, primary);
    }

    public boolean isActive() {
        return mergedInto == null && state != SignalState.CLOSED;
    }

    private void requireActive() {
        if (mergedInto != null) {
            throw InputRejected.of("state", "This signal was merged into another one");
        }
        if (state == SignalState.CLOSED) {
            throw InputRejected.of("state", "This signal is closed");
        }
    }
}
