package frl.ienline.supervision.internal;

import frl.ienline.shared.InputRejected;
import frl.ienline.supervision.SupervisionFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A control as an aggregate: planned, then held and reported once. The report must answer every checklist item;
 * a finished report is locked (here and by a database trigger) and corrections are addenda. Reporting counts
 * {@link SupervisionFact.ControlReported}.
 */
public final class Control {

    public enum State { PLANNED, REPORTED }

    private final Rows.Control row;
    private State state;
    private Report report;
    private final List<Object> events = new ArrayList<>();

    private Control(Rows.Control row) {
        this.row = Objects.requireNonNull(row, "row");
        this.state = State.valueOf(row.state());
        this.report = row.report();
    }

    static Control of(Rows.Control row) {
        return new Control(row);
    }

    /**
     * Finishes the report: only once, and with an answer for every checklist item. {@code firstLeadAt} is when the
     * first lead of the control's case came onto the worklist ({@code null} without one): reporting measures the
     * time from lead to control.
     */
    void report(Report finished, Instant firstLeadAt) {
        if (state == State.REPORTED) {
            throw InputRejected.of("report", "supervision.error.reportLocked");
        }
        if (finished.checklistResults().size() != row.checklistItems().size()) {
            throw InputRejected.of("checklist", "supervision.error.checklist");
        }
        state = State.REPORTED;
        report = finished;
        events.add(new SupervisionFact.ControlReported(row.id(), row.caseId(), row.municipality(), row.kind().name(),
                finished.outcome().name(), finished.sortedIndicators().stream().map(Enum::name).toList(),
                row.plannedAt(), firstLeadAt));
    }

    /** An addendum corrects a finished report; before that, the report itself is still open. */
    void requireReportedForAddendum() {
        if (state != State.REPORTED) {
            throw InputRejected.of("addendum", "supervision.error.notReported");
        }
    }

    public State state() {
        return state;
    }

    public Report report() {
        return report;
    }

    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
