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
 * synchronously, so a read whose log entry cannot be written fails.
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
        record(action, objectType, objectId, subjectPseudonym, purpose, Result.ALLOWED);
    }

    public void denied(Action action, String objectType, Object objectId, String purpose) {
        record(action, objectType, objectId, null, purpose, Result.DENIED);
    }

    public void record(Action action, String objectType, Object objectId, String subjectPseudonym, String purpose,
            Result result) {
        Actor actor = CurrentActor.get().orElse(null);
        events.publishEvent(new AccessEvent(
                actor == null ? null : actor.id(),
                actor == null ? "anonymous" : actor.username(),
                actor == null ? "" : actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                actor == null ? "" : actor.organisationCode(),
                action, objectType, objectId == null ? null : objectId.toString(), subjectPseudonym, purpose, result,
                clock.instant()));
    }
}
