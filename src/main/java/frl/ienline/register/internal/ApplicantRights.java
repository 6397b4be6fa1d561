package frl.ienline.register.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.NotFound;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject rights of an applicant (AVG art. 16 and 17, security.md R17, review M17): rectification of the operator
 * and managers, and erasure of a whole application file. Done by the privacy officer or by a licensing officer of
 * the file's municipality (the owning role), each step in the access log (CHANGE, DELETE) under the reference.
 * Erasure removes the file with its managers, requests, documents and history; an application a licence was
 * issued from is refused (the licence is a public decision that must first end).
 */
@Service
public class ApplicantRights {

    private final Applications applications;
    private final RegisterAccess access;
    private final Clock clock;

    ApplicantRights(Applications applications, RegisterAccess access, Clock clock) {
        this.applications = applications;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void rectify(UUID id, Operator operator, List<Person> managers, String reason) {
        LicenceApplication application = inScope(Action.CHANGE, id);
        Actor actor = CurrentActor.require();
        Stamp stamp = Stamp.of(actor.username(), clock);
        application.rectifyPeople(operator, managers, Texts.required(reason, "reason", 2000), stamp);
        applications.update(application, stamp.at());
        access.allowed(Action.CHANGE, RegisterAccess.APPLICATION, id, application.reference().value(),
                application.municipality());
    }

    @Transactional
    public void erase(UUID id) {
        LicenceApplication application = inScope(Action.DELETE, id);
        if (application.licenceId() != null) {
            throw new TransitionRefused("erasureLicenceIssued");
        }
        applications.delete(id);
        access.allowed(Action.DELETE, RegisterAccess.APPLICATION, id, application.reference().value(),
                application.municipality());
    }

    /** The privacy officer, or a licensing officer, of the file's municipality; otherwise DENIED (403) or 404. */
    private LicenceApplication inScope(Action action, UUID id) {
        Actor actor = CurrentActor.require();
        if (!actor.hasRole(Role.PRIVACY_OFFICER) && !actor.hasRole(Role.LICENSING_OFFICER)) {
            throw access.deny(action, RegisterAccess.APPLICATION, id);
        }
        return applications.byIdInScope(id, actor.scope().municipalityValues()).orElseGet(() -> {
            if (applications.exists(id)) {
                throw access.deny(action, RegisterAccess.APPLICATION, id);
            }
            throw new NotFound(RegisterAccess.APPLICATION);
        });
    }
}
