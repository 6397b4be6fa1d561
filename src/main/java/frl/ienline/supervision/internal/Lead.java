package frl.ienline.supervision.internal;

import frl.ienline.rulebook.DismissalReason;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.supervision.SupervisionFact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A lead on the worklist as an aggregate: what triage may do to it and in which state. Only an open lead can be
 * dismissed (with a rulebook reason, and a note where the reason asks for one), taken into a case or assigned;
 * each verb records the event the reporting module counts. Evidence and score are written by {@link AdLeads}
 * and {@link AdsFollowTheRegister}; this class guards the triage.
 */
public final class Lead {

    public enum State { OPEN, DISMISSED, IN_CASE }

    private final UUID id;
    private final MunicipalityCode municipality;
    private State state;
    private String dismissalReason;
    private String dismissalNote;
    private UUID caseId;
    private String assignee;
    private final List<Object> events = new ArrayList<>();

    Lead(UUID id, MunicipalityCode municipality, State state, String dismissalReason, String dismissalNote,
            UUID caseId, String assignee) {
        this.id = Objects.requireNonNull(id, "id");
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.state = Objects.requireNonNull(state, "state");
        this.dismissalReason = dismissalReason;
        this.dismissalNote = dismissalNote;
        this.caseId = caseId;
        this.assignee = assignee;
    }

    static Lead of(Rows.Lead row) {
        return new Lead(row.id(), row.municipality(), row.state(), row.dismissalReason(), row.dismissalNote(),
                row.caseId(), row.assignee());
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw InputRejected.of("lead", "supervision.error.leadNotOpen");
        }
    }

    /** Closes the lead without a control, for a reason of the rulebook; a note where the reason asks for one. */
    void dismiss(DismissalReason reason, String note, Instant at) {
        requireOpen();
        Objects.requireNonNull(reason, "reason");
        if (reason.requiresNote() && (note == null || note.isBlank())) {
            throw InputRejected.of("note", "supervision.error.noteRequired");
        }
        state = State.DISMISSED;
        dismissalReason = reason.code();
        dismissalNote = note;
        events.add(new SupervisionFact.LeadTriaged(id, municipality, State.DISMISSED.name(), reason.code(), at));
    }

    /** The lead becomes part of a case (a new one, or one it is merged into). */
    void intoCase(UUID targetCase, Instant at) {
        requireOpen();
        state = State.IN_CASE;
        caseId = Objects.requireNonNull(targetCase, "case");
        events.add(new SupervisionFact.LeadTriaged(id, municipality, State.IN_CASE.name(), null, at));
    }

    /** Gives the open lead to a team member, or to nobody ({@code null}). */
    void assign(String username) {
        requireOpen();
        assignee = username;
    }

    public UUID id() {
        return id;
    }

    public MunicipalityCode municipality() {
        return municipality;
    }

    public State state() {
        return state;
    }

    public String dismissalReason() {
        return dismissalReason;
    }

    public String dismissalNote() {
        return dismissalNote;
    }

    public UUID caseId() {
        return caseId;
    }

    public String assignee() {
        return assignee;
    }

    /** The events the verbs recorded, to publish once the change is stored; cleared by reading. */
    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
