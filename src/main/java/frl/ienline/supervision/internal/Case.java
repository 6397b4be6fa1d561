package frl.ienline.supervision.internal;

import frl.ienline.shared.InputRejected;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A case as an aggregate: open while the team adds ads, addresses, persons met, businesses, controls and steps
 * to it; closed on a day, after which it only waits for its retention ({@code SUPERVISION_CASE}, counted from the
 * closing day). Nothing is added to a closed case.
 */
public final class Case {

    public enum State { OPEN, CLOSED }

    private final UUID id;
    private State state;
    private LocalDate closedOn;

    private Case(UUID id, State state, LocalDate closedOn) {
        this.id = Objects.requireNonNull(id, "id");
        this.state = Objects.requireNonNull(state, "state");
        this.closedOn = closedOn;
    }

    static Case of(Rows.Case row) {
        return new Case(row.id(), State.valueOf(row.state()), row.closedOn());
    }

    /** Guards every addition to the case. */
    void requireOpen() {
        if (state != State.OPEN) {
            throw InputRejected.of("case", "supervision.error.caseClosed");
        }
    }

    void close(LocalDate on) {
        requireOpen();
        state = State.CLOSED;
        closedOn = Objects.requireNonNull(on, "on");
    }

    public UUID id() {
        return id;
    }

    public State state() {
        return state;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
