package frl.ienline.support.internal;

import frl.ienline.shared.Actor;
import frl.ienline.shared.InputRejected;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The four-eyes rule of everything editors publish on the portal (pages, help organisations): only a
 * version in review can be approved or rejected, and never by the editor who wrote it.
 */
final class EditorialReview {

    private EditorialReview() {
    }

    /** The signed-in care worker, if they may review a version with this status and author. */
    static Actor secondEditor(CareStaff staff, String objectType, PortalContent.Status status, UUID authorId) {
        Actor actor = staff.requireCareWorker(objectType);
        if (status != PortalContent.Status.IN_REVIEW) {
            throw InputRejected.of("status", "staff.pages.error.notInReview");
        }
        if (actor.id().equals(authorId)) {
            throw new AccessDeniedException("An editor cannot review their own text");
        }
        return actor;
    }
}
