package frl.ienline.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One access to something about a person or a case (NEN 7513 style), published synchronously by the
 * module that served it and appended to the access log by the audit module. Never persisted as an
 * asynchronous event: it carries the subject's pseudonym.
 *
 * @param actorId      the staff member, or {@code null} for an anonymous public request
 * @param actorName    the user name at the time (user names are not personal data of a subject)
 * @param roles        the actor's roles at the time, comma-separated
 * @param organisation the actor's organisation code
 * @param action       what was done
 * @param objectType   the kind of record, e.g. {@code licence-application}
 * @param objectId     the record's id
 * @param subjectPseudonym the pseudonym or reference of the person concerned, if any
 * @param purpose      why (the function used), e.g. {@code licence-assessment}
 * @param result       allowed or denied
 * @param occurredAt   when
 * @param municipality the municipality the record belongs to, when it has one: the privacy officer of that
 *                     municipality sees the entry (review M10); {@code null} for searches and regional records
 */
public record AccessEvent(UUID actorId, String actorName, String roles, String organisation, Action action,
        String objectType, String objectId, String subjectPseudonym, String purpose, Result result,
        Instant occurredAt, MunicipalityCode municipality) {

    public enum Action { VIEW, SEARCH, CREATE, CHANGE, DELETE, EXPORT, PRINT }

    public enum Result { ALLOWED, DENIED }

    public AccessEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** An access to something that belongs to no single municipality. */
    public AccessEvent(UUID actorId, String actorName, String roles, String organisation, Action action,
            String objectType, String objectId, String subjectPseudonym, String purpose, Result result,
            Instant occurredAt) {
        this(actorId, actorName, roles, organisation, action, objectType, objectId, subjectPseudonym, purpose, result,
                occurredAt, null);
    }
}
