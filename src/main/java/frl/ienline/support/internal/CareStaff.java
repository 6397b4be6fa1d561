package frl.ienline.support.internal;

import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.Role;
import java.util.Set;
import frl.ienline.shared.AccessRefused;
import org.springframework.stereotype.Component;

/**
 * Who may work in the care compartment: care workers and the sounding-board coordinator, nobody else.
 * Enforcement, signals, the privacy officer and the functional admin are refused here (the wall); the
 * refusal is written to the care-side access log (in its own transaction, so also from a read-only
 * service), never to the enforcement-side one, and answered 403 as an {@link AccessRefused}: logged once.
 */
@Component
public class CareStaff {

    static final Set<Role> CARE_ROLES = Set.of(Role.CARE_WORKER, Role.SOUNDING_BOARD_COORDINATOR);

    private final CareAccessLog log;

    CareStaff(CareAccessLog log) {
        this.log = log;
    }

    public static boolean isCare(Actor actor) {
        return actor.roles().stream().anyMatch(CARE_ROLES::contains)
                && actor.roles().stream().noneMatch(r -> !CARE_ROLES.contains(r));
    }

    /** The signed-in care actor, or 403 (logged as denied) for anyone else. */
    public Actor require(String objectType) {
        Actor actor = CurrentActor.require();
        if (!isCare(actor)) {
            log.denied(actor, objectType);
            throw new AccessRefused("The support compartment is for care staff only");
        }
        return actor;
    }

    /** Moderation, verification and editing: care workers only. */
    public Actor requireCareWorker(String objectType) {
        Actor actor = require(objectType);
        if (!actor.hasRole(Role.CARE_WORKER)) {
            log.denied(actor, objectType);
            throw new AccessRefused("Care workers only");
        }
        return actor;
    }

    /** The sounding-board group: its coordinator only. */
    public Actor requireCoordinator(String objectType) {
        Actor actor = require(objectType);
        if (!actor.hasRole(Role.SOUNDING_BOARD_COORDINATOR)) {
            log.denied(actor, objectType);
            throw new AccessRefused("Sounding-board coordinator only");
        }
        return actor;
    }
}
