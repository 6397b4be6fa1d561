package frl.ienline.platform;

import frl.ienline.shared.AccessEvent;
import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.AccessEvent.Result;
import frl.ienline.shared.TooManyRequests;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One budget per staff member for every export and print of personal data (R18, L7): the who-saw CSV,
 * letters, licence PDFs, signal summaries and whatever export comes next. It listens to the access log's
 * own events, ahead of the log: an allowed EXPORT or PRINT of a staff member over budget becomes one
 * DENIED entry and a 429 instead, before the file leaves. One budget for all kinds of export, so spreading
 * a bulk download over several of them does not multiply it. On the shared throttle store (ADR 0013).
 */
@Component
public class ExportThrottle {

    static final String RATE_LIMITED = "-rate-limit";

    private final RateLimit perActor;
    private final ApplicationEventPublisher events;

    ExportThrottle(ThrottleStore store, ApplicationEventPublisher events,
            @Value("${ienline.exports.per-actor-per-hour:60}") int perHour) {
        this.perActor = store.rateLimit("export", perHour, Duration.ofHours(1));
        this.events = events;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(AccessEvent event) {
        if (event.actorId() == null || event.result() != Result.ALLOWED
                || (event.action() != Action.EXPORT && event.action() != Action.PRINT)) {
            return;
        }
        Verdict verdict = perActor.acquire("actor." + event.actorId());
        if (!verdict.allowed()) {
            events.publishEvent(new AccessEvent(event.actorId(), event.actorName(), event.roles(), event.organisation(),
                    event.action(), event.objectType(), event.objectId(), event.subjectPseudonym(),
                    event.purpose() + RATE_LIMITED, Result.DENIED, event.occurredAt()));
            throw new TooManyRequests(verdict.retryAfter());
        }
    }

    /** Forgets every count (tests). */
    public void reset() {
        perActor.resetAll();
    }
}
