package frl.ienline.platform;

import frl.ienline.shared.TooManyRequests;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One budget per staff member for every export and print of personal data (R18, L7): the who-saw CSV,
 * letters, licence PDFs, signal summaries. One shared budget, so spreading a bulk download over several
 * kinds of export does not multiply it. On the shared throttle store (ADR 0013).
 */
@Component
public class ExportThrottle {

    private final RateLimit perActor;

    ExportThrottle(ThrottleStore store, @Value("${ienline.exports.per-actor-per-hour:60}") int perHour) {
        this.perActor = store.rateLimit("export", perHour, Duration.ofHours(1));
    }

    /** Whether the actor may export or print once more now (and counts it). */
    public boolean tryAcquire(UUID actorId) {
        return perActor.acquire("actor." + actorId).allowed();
    }

    /** Counts one export or print, or throws {@link TooManyRequests} (429). */
    public void acquire(UUID actorId) {
        perActor.acquire("actor." + actorId).orThrow();
    }

    /** Forgets every count (tests). */
    public void reset() {
        perActor.resetAll();
    }
}
