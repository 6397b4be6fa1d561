package frl.ienline.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An access that belongs in the care compartment's own log, never in the enforcement-side access log: a
 * refusal of a care actor anywhere, and any refusal on a walled path ({@code /app/ondersteuning}).
 * Published synchronously by {@link AccessRecorder}; the support module appends it to its care log, so the
 * privacy officer's log never names anyone from the care compartment (ADR 0007, review L2). Never persisted
 * as an asynchronous event.
 *
 * @param objectId kept only for refusals on walled paths; an enforcement record's id never enters the care log
 */
public record CareSideAccess(UUID actorId, String actorName, String roles, String organisation,
        AccessEvent.Action action, String objectType, String objectId, String purpose, AccessEvent.Result result,
        Instant occurredAt) {

    public CareSideAccess {
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
