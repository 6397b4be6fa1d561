package frl.ienline.platform;

import frl.ienline.shared.TooManyRequests;
import java.time.Duration;
import java.time.Instant;

/**
 * What a throttle said about one attempt: allowed (and then counted), or not and how long to wait.
 * An allowed verdict of a {@link RateLimit} is a reservation that {@link RateLimit#refund(Verdict)} can
 * give back, e.g. when the attempt turned out to be a successful login.
 */
public record Verdict(boolean allowed, Duration retryAfter, String name, String key, Instant window) {

    static Verdict allow(String name, String key, Instant window) {
        return new Verdict(true, Duration.ZERO, name, key, window);
    }

    static Verdict refuse(Duration retryAfter) {
        return new Verdict(false, retryAfter, null, null, null);
    }

    /** Seconds for {@code Retry-After}: rounded up, at least 1. */
    public long retryAfterSeconds() {
        return TooManyRequests.seconds(retryAfter);
    }

    /** This verdict, or a {@link TooManyRequests} (429) when it refused. */
    public Verdict orThrow() {
        if (!allowed) {
            throw new TooManyRequests(retryAfter);
        }
        return this;
    }
}
