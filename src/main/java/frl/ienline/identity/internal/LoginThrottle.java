package frl.ienline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins (password or second factor) per user name and per client address within a
 * sliding window. When either count reached its maximum, the next attempt is refused with 429 before
 * any password is checked — also a correct one. In memory: one instance per application node (see the
 * ADR for running several nodes).
 */
class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final int maxPerUsername;
    private final int maxPerAddress;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int maxPerUsername, int maxPerAddress, Duration window) {
        this.clock = clock;
        this.maxPerUsername = maxPerUsername;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** True when this attempt must be refused (429). */
    boolean blocked(String username, String address) {
        Instant now = clock.instant();
        return count(userKey(username), now) >= maxPerUsername || count(addressKey(address), now) >= maxPerAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.keySet().removeIf(key -> count(key, now) == 0);
        }
        add(userKey(username), now);
        add(addressKey(address), now);
    }

    /** A successful login clears the user name's count (not the address's: one good account must not
     * reset an attacker's budget for the others). */
    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** Forgets everything (tests). */
    void reset() {
        failures.clear();
    }

    private void add(String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> deque = times == null ? new ArrayDeque<>() : times;
            prune(deque, now);
            deque.addLast(now);
            return deque;
        });
    }

    private int count(String key, Instant now) {
        int[] count = {0};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            count[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        return count[0];
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }
}
