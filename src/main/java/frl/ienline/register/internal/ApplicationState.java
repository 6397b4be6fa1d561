package frl.ienline.register.internal;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands. The order is the usual path; verbs on the aggregate move between them. */
public enum ApplicationState {
    /** online, being filled in by the applicant; not yet received */
    DRAFT,
    RECEIVED,
    /** the applicant was asked to complete it; the decision term is suspended until answered */
    INCOMPLETE,
    IN_ASSESSMENT,
    /** advice asked from the Landelijk Bureau Bibob; the decision term is suspended */
    BIBOB_ADVICE_REQUESTED,
    /** the applicant is invited to give a view (zienswijze) before the decision */
    HEARING,
    /** decided; the objection window runs */
    DECIDED,
    OBJECTION_LODGED,
    FINAL,
    WITHDRAWN;

    /** Received and not yet decided: the decision term runs (or is suspended). */
    public static final Set<ApplicationState> PENDING = EnumSet.of(RECEIVED, INCOMPLETE, IN_ASSESSMENT,
            BIBOB_ADVICE_REQUESTED, HEARING);

    public boolean isPending() {
        return PENDING.contains(this);
    }
}
