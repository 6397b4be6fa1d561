package frl.ienline.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Limits CSV exports and council reports per staff member (R18): a burst of downloads is refused with 429.
 * In memory, per instance, in a sliding hour. (To be folded into the shared throttle store of the
 * {@code throttle} work, which replaces the per-module limiters.)
 */
@Component
public class ExportLimits {

    private final Clock clock;
    private final int perHour;
    private final Map<UUID, Deque<Instant>> byActor = new ConcurrentHashMap<>();

    ExportLimits(Clock clock, @Value("${ienline.reporting.exports-per-hour:120}") int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Counts one export of the actor, or refuses it with 429 when the hour's limit is reached. */
    public synchronized void acquire(UUID actor) {
        Instant now = clock.instant();
        Deque<Instant> times = byActor.computeIfAbsent(actor, a -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
            times.pollFirst();
        }
        if (times.size() >= perHour) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "Too many exports in an hour");
        }
        times.addLast(now);
    }
}
