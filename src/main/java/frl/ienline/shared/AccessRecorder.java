package frl.ienline.shared;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a module says "someone looked at, searched, changed, exported or printed this". It fills
 * in the current actor and the time and publishes an {@link AccessEvent}; the audit module appends it
 * synchronously, so a read whose log entry cannot be written fails. An access by a care actor goes to the
 * care compartment's own log instead ({@link CareSideAccess}): the enforcement-side log never names anyone
 * from the care compartment.
 */
@Component
public class AccessRecorder {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AccessRecorder(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void allowed(Action action, String objectType, Object objectId, String subjectPseudonym, String purpose) {
        record(action, objectType, objectId, subjectPseudonym, purpose, Result.ALLOWED, null);
    }

    public void denied(Action action, String objectType, Object objectId, String purpose) {
        record(action, objectType, objectId, null, purpose, Result.DENIED, null);
    }

    public void record(Action action, String objectType, Object objectId, String subjectPseudonym, String purpose,
            Result result) {
        record(action, objectType, objectId, subjectPseudonym, purpose, result, null);
    }

    /**
     * An access to a record of {@code municipality}: that municipality's privacy officer sees the entry as
     * well as the actor's own organisation's (review M10). {@code null} for what belongs to no municipality.
     */
    public void record(Action action, String objectType, Object objectId, String subjectPseudonym, String purpose,
            Result result, MunicipalityCode municipality) {
        Actor actor = CurrentActor.get().orElse(null);
        if (actor != null && isCare(actor)) {
            events.publishEvent(careSide(actor, action, objectType, null, purpose, result));
            return;
        }
        events.publishEvent(new AccessEvent(
                actor == null ? null : actor.id(),
                actor == null ? "anonymous" : actor.username(),
                actor == null ? "" : roles(actor),
                actor == null ? "" : actor.organisationCode(),
                action, objectType, objectId == null ? null : objectId.toString(), subjectPseudonym, purpose, result,
                clock.instant(), municipality));
    }

    /**
     * A refusal on a path of the walled care compartment, by whoever was signed in: written to the care
     * log only, so not even the attempt crosses the wall into the enforcement-side log.
     */
    public void deniedOnCareSide(Actor actor, Action action, String path, String purpose) {
        events.publishEvent(careSide(actor, action, "page", path, purpose, Result.DENIED));
    }

    /** Whether {@code actor} works in the care compartment (holds a care role). */
    public static boolean isCare(Actor actor) {
        return actor.roles().stream().anyMatch(role -> role.compartment() == Compartment.CARE);
    }

    private CareSideAccess careSide(Actor actor, Action action, String objectType, String objectId, String purpose,
            Result result) {
        return new CareSideAccess(actor.id(), actor.username(), roles(actor), actor.organisationCode(), action,
                objectType, objectId, purpose, result, clock.instant());
    }

    private static String roles(Actor actor) {
        return actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
