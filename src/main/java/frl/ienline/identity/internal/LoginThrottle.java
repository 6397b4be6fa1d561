package frl.ienline.identity.internal;

import frl.ienline.platform.Backoff;
import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.RateLimit;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.platform.Verdict;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * The staff login's throttles on the shared store (ADR 0013), reserved <em>before</em> any password or
 * code is checked, so parallel requests cannot overdraw them (M7):
 * <ul>
 * <li>per client: so many unsuccessful attempts per window, then 429; a successful attempt is refunded;</li>
 * <li>per user name: a progressive delay instead of a lock (free attempts, then one per delay that doubles
 * up to {@code maxDelay}), so nobody can lock a colleague out for longer than that;</li>
 * <li>per account at the second factor: the same, with a longer ceiling, since only someone who knows the
 * password gets there.</li>
 * </ul>
 * Keys are pseudonyms ({@link ClientKeys}): no user name or address is stored.
 */
class LoginThrottle {

    /** A reserved attempt, or a refusal with the time to wait. */
    record Attempt(Verdict client, Verdict own, String ownKey, boolean secondFactor) {

        boolean refused() {
            return !client.allowed() || !own.allowed();
        }

        Duration retryAfter() {
            return client.allowed() ? own.retryAfter() : client.retryAfter();
        }
    }

    private final RateLimit perClient;
    private final Backoff perUsername;
    private final Backoff perAccountSecondFactor;
    private final ClientKeys keys;

    LoginThrottle(ThrottleStore store, ClientKeys keys, int maxPerClient, int freePerUsername, Duration window,
            Duration firstDelay, Duration maxDelay) {
        this.keys = keys;
        this.perClient = store.rateLimit("login-client", maxPerClient, window);
        this.perUsername = store.backoff("login-user", freePerUsername, firstDelay, maxDelay, window);
        this.perAccountSecondFactor = store.backoff("login-second-factor", freePerUsername, firstDelay, window, window);
    }

    /** Reserves a password attempt for this user name from this client. */
    Attempt password(String username, String client) {
        return begin(client, perUsername, keys.hashed("login-user", normalised(username)), false);
    }

    /** Reserves a second-factor (or enrolment) attempt for this account from this client. */
    Attempt secondFactor(UUID userId, String client) {
        return begin(client, perAccountSecondFactor, keys.hashed("login-second-factor", userId.toString()), true);
    }

    /** The step succeeded: the client gets its attempt back and the user name or account its delay. */
    void succeeded(Attempt attempt) {
        perClient.refund(attempt.client());
        (attempt.secondFactor() ? perAccountSecondFactor : perUsername).reset(attempt.ownKey());
    }

    /** The attempt was not checked after all (the password hashing was full): it does not count. */
    void notChecked(Attempt attempt) {
        perClient.refund(attempt.client());
    }

    /** Forgets every login throttle (tests). */
    void reset() {
        perClient.resetAll();
        perUsername.resetAll();
        perAccountSecondFactor.resetAll();
    }

    private Attempt begin(String client, Backoff own, String ownKey, boolean secondFactor) {
        Verdict byClient = perClient.acquire(client);
        if (!byClient.allowed()) {
            return new Attempt(byClient, byClient, ownKey, secondFactor);
        }
        Verdict byOwn = own.enter(ownKey);
        if (!byOwn.allowed()) {
            perClient.refund(byClient);
        }
        return new Attempt(byClient, byOwn, ownKey, secondFactor);
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
