package frl.ienline.signals.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Limits summary exports per staff member (R18): a burst of downloads is refused with 429. In memory. */
@Component
class ExportLimiter {

    private final Clock clock;
    private final int perHour;
    private final Map<UUID, Deque<Instant>> byActor = new ConcurrentHashMap<>();

    ExportLimiter(Clock clock, @Value("${ienline.signals.export.per-actor-per-hour:60}") int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    synchronized boolean tryAcquire(UUID actor) {
        Instant now = clock.instant();
        Deque<Instant> times = byActor.computeIfAbsent(actor, a -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
            times.pollFirst();
        }
        if (times.size() >= perHour) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
