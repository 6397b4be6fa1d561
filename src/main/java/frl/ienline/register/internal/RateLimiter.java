package frl.ienline.register.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in memory, per key (e.g. {@code verify:<client address>}). Nothing is stored:
 * the client address lives only in this map, for at most one window.
 */
@Component
public class RateLimiter {

    private record Window(long startMillis, long lengthMillis, AtomicInteger count) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt; false when {@code limit} attempts were already made in the current window. */
    public boolean tryAcquire(String key, int limit, Duration window) {
        long now = clock.millis();
        long length = window.toMillis();
        Window current = windows.get(key);
        if (current == null || now - current.startMillis() >= length) {
            current = windows.compute(key, (k, old) -> old == null || now - old.startMillis() >= length
                    ? new Window(now, length, new AtomicInteger()) : old);
        }
        return current.count().incrementAndGet() <= limit;
    }

    /** Forgets the attempts under {@code key}, e.g. after a successful login. */
    public void reset(String key) {
        windows.remove(key);
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetOldWindows() {
        long now = clock.millis();
        windows.entrySet().removeIf(e -> now - e.getValue().startMillis() >= e.getValue().lengthMillis());
    }
}
