package frl.ienline.reporting.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see the figures: the policy advisor, the team coordinator and the RIEC analyst — figures of the whole
 * region (they are suppressed aggregates, as public as the open data), never a record. Exports and prints are
 * written to the access log like every other export.
 */
@Component
public class ReportingAccess {

    /** The roles of the reporting screens. */
    public static final Set<Role> ROLES = EnumSet.of(Role.POLICY_ADVISOR, Role.TEAM_COORDINATOR, Role.RIEC_ANALYST);

    static final String OBJECT = "statistics";

    private final AccessRecorder access;

    ReportingAccess(AccessRecorder access) {
        this.access = access;
    }

    /** The signed-in actor if it holds a reporting role; otherwise 403 (the security layer logs the refusal). */
    public Actor require() {
        Actor actor = CurrentActor.require();
        if (ROLES.stream().noneMatch(actor::hasRole)) {
            throw new AccessDeniedException("Reporting is for policy advisors, coordinators and RIEC analysts");
        }
        return actor;
    }

    /** Records an export (CSV) or a print (PDF) of figures: what and which period, no person. */
    public void exported(Action action, String what, String purpose) {
        access.allowed(action, OBJECT, what, null, purpose);
    }
}
