package frl.ienline.shared;

import java.time.Duration;

/**
 * A throttle said no. Answered as 429 with {@code Retry-After} (whole seconds, at least 1), as
 * problem+json on the API and as an error page elsewhere. Carries no key, address or user name.
 */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("Too many requests; retry after " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Seconds to wait, rounded up, at least 1: the value of the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    public static long seconds(Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) {
            return 1;
        }
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
