package frl.ienline.register.internal;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.AccessRecorder;
import frl.ienline.shared.AccessRefused;
import frl.ienline.shared.Actor;
import frl.ienline.shared.CurrentActor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the register. Licensing officers read the whole regional register (uniformity) and
 * change only files of municipalities in their scope — that part is enforced in the queries
 * ({@code byIdInScope}); inspectors and coordinators read licences. Every refusal is logged as DENIED.
 */
@Component
public class RegisterAccess {

    public static final String APPLICATION = "licence-application";
    public static final String LICENCE = "licence";
    /** A second officer's paraaf on a licence decision (four eyes, ADR 0022). */
    public static final String DECISION_APPROVAL = "licence-decision-approval";
    public static final String DOCUMENT = "licence-application-document";
    /** The applicant's contact details (issue 16): their own entry when an officer's file page shows them. */
    public static final String CONTACT = "licence-application-contact";
    /** A notice in the file (issue 16) and the mail outbox. */
    public static final String NOTICE = "licence-application-notice";
    public static final String OUTGOING_MAIL = "outgoing-mail";
    public static final String PURPOSE = "licensing";
    public static final String APPLICANT_PURPOSE = "applicant-follow-up";

    private final AccessRecorder recorder;

    RegisterAccess(AccessRecorder recorder) {
        this.recorder = recorder;
    }

    /** A licensing officer, or DENIED. */
    public Actor officer(Action action, String objectType, Object objectId) {
        Actor actor = CurrentActor.require();
        if (!actor.hasRole(Role.LICENSING_OFFICER)) {
            deny(action, objectType, objectId);
        }
        return actor;
    }

    /** Someone who may read licences: officers, inspectors, team coordinators. */
    public Actor licenceReader(Action action, Object objectId) {
        Actor actor = CurrentActor.require();
        if (!actor.hasAnyRole(Role.LICENSING_OFFICER, Role.INSPECTOR, Role.TEAM_COORDINATOR)) {
            deny(action, LICENCE, objectId);
        }
        return actor;
    }

    /**
     * Logs the refusal (one DENIED entry, naming the record) and answers 403 through the security layer's
     * refusal handler, which does not log an {@link AccessRefused} a second time.
     */
    public RuntimeException deny(Action action, String objectType, Object objectId) {
        recorder.denied(action, objectType, objectId, PURPOSE);
        throw new AccessRefused("No access to this " + objectType);
    }

    public void allowed(Action action, String objectType, Object objectId, String subjectPseudonym) {
        allowed(action, objectType, objectId, subjectPseudonym, null);
    }

    /** An access to a record of {@code municipality}: that municipality's privacy officer sees it (review M10). */
    public void allowed(Action action, String objectType, Object objectId, String subjectPseudonym,
            MunicipalityCode municipality) {
        recorder.record(action, objectType, objectId, subjectPseudonym, PURPOSE, Result.ALLOWED, municipality);
    }

    public void allowedForApplicant(Action action, String objectType, Object objectId, String subjectPseudonym) {
        recorder.allowed(action, objectType, objectId, subjectPseudonym, APPLICANT_PURPOSE);
    }
}
