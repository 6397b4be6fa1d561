package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle kit on the real PostgreSQL (ADR 0013): budgets, refunds, windows, backoffs, and that N
 * parallel requests never get more than the budget (M7). Its own clock, so nothing else is disturbed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ThrottleKitTests {

    @Autowired
    DataSource dataSource;

    final MutableClock clock = new MutableClock();

    ThrottleStore store() {
        return new ThrottleStore(dataSource, "public.throttle_counter", clock);
    }

    static String fresh() {
        return "k." + UUID.randomUUID();
    }

    @Test
    void aRateLimitAllowsItsBudgetThenSaysHowLongToWait() {
        RateLimit limit = store().rateLimit("test-budget", 3, Duration.ofMinutes(10));
        String key = fresh();
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            verdicts.add(limit.acquire(key));
        }
        assertThat(verdicts).extracting(Verdict::allowed).containsExactly(true, true, true, false);
        assertThat(verdicts.get(3).retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(limit.acquire(fresh()).allowed()).as("another key has its own budget").isTrue();

        limit.refund(verdicts.get(0));
        assertThat(limit.acquire(key).allowed()).as("a refunded attempt can be used again").isTrue();
        assertThat(limit.acquire(key).allowed()).isFalse();

        clock.shift(Duration.ofMinutes(21));
        assertThat(limit.acquire(key).allowed()).as("after two windows the budget is back").isTrue();
    }

    @Test
    void theBudgetSlidesOverTheWindowBoundary() {
        RateLimit limit = store().rateLimit("test-slide", 10, Duration.ofHours(1));
        String key = fresh();
        // use the whole budget at the end of one window …
        long intoWindow = clock.instant().toEpochMilli() % Duration.ofHours(1).toMillis();
        clock.shift(Duration.ofHours(1).minusMillis(intoWindow).minusMinutes(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limit.acquire(key).allowed()).isTrue();
        }
        // … and a new window two minutes later does not give a fresh budget at once
        clock.shift(Duration.ofMinutes(2));
        assertThat(limit.acquire(key).allowed()).isFalse();
        assertThat(limit.count(key)).isGreaterThanOrEqualTo(9);
    }

    @Test
    void fiftyParallelAttemptsNeverGetMoreThanTheBudget() throws Exception {
        RateLimit limit = store().rateLimit("test-parallel", 5, Duration.ofMinutes(15));
        Backoff backoff = store().backoff("test-parallel-backoff", 5, Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofMinutes(15));
        String key = fresh();
        assertThat(parallel(50, () -> limit.acquire(key).allowed())).isEqualTo(5);
        assertThat(parallel(50, () -> backoff.enter(key).allowed())).isEqualTo(5);
    }

    @Test
    void aBackoffDelaysInsteadOfLocking() {
        Backoff backoff = store().backoff("test-backoff", 3, Duration.ofSeconds(2), Duration.ofSeconds(8),
                Duration.ofMinutes(15));
        String key = fresh();
        for (int i = 0; i < 3; i++) {
            assertThat(backoff.enter(key).allowed()).as("free attempt %d", i + 1).isTrue();
        }
        Verdict refused = backoff.enter(key);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L);

        clock.shift(Duration.ofSeconds(2));
        assertThat(backoff.enter(key).allowed()).as("after the delay one attempt passes").isTrue();
        assertThat(backoff.enter(key).allowed()).as("and the next delay is longer").isFalse();
        clock.shift(Duration.ofSeconds(4));
        assertThat(backoff.enter(key).allowed()).isTrue();
        for (int i = 0; i < 5; i++) {
            clock.shift(Duration.ofSeconds(8));
            assertThat(backoff.enter(key).allowed()).as("never longer than the maximum delay").isTrue();
        }
        assertThat(backoff.attempts(key)).isEqualTo(10);

        backoff.reset(key);
        assertThat(backoff.enter(key).allowed()).as("a reset forgets the delay").isTrue();
        clock.shift(Duration.ofMinutes(16));
        assertThat(backoff.attempts(key)).as("forgotten after its memory").isZero();
    }

    @Test
    void expiredCountersAreDeleted() {
        ThrottleStore store = store();
        RateLimit limit = store.rateLimit("test-expiry", 1, Duration.ofMinutes(1));
        String key = fresh();
        limit.acquire(key);
        JdbcClient db = JdbcClient.create(dataSource);
        assertThat(db.sql("SELECT count(*) FROM public.throttle_counter WHERE key = :k").param("k", key)
                .query(Long.class).single()).isEqualTo(1);
        clock.shift(Duration.ofMinutes(3));
        store.removeExpired();
        assertThat(db.sql("SELECT count(*) FROM public.throttle_counter WHERE key = :k").param("k", key)
                .query(Long.class).single()).isZero();
    }

    @Test
    void everyExportAndPrintOfAStaffMemberSharesOneBudgetAndTheRefusalIsLogged() {
        List<Object> published = new ArrayList<>();
        ExportThrottle exports = new ExportThrottle(store(), published::add, 3);
        java.util.UUID actor = java.util.UUID.randomUUID();
        var action = List.of(frl.ienline.shared.AccessEvent.Action.EXPORT, frl.ienline.shared.AccessEvent.Action.PRINT,
                frl.ienline.shared.AccessEvent.Action.PRINT);
        for (var a : action) {
            exports.on(event(actor, a, frl.ienline.shared.AccessEvent.Result.ALLOWED));
        }
        exports.on(event(actor, frl.ienline.shared.AccessEvent.Action.VIEW, frl.ienline.shared.AccessEvent.Result.ALLOWED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exports.on(event(actor,
                frl.ienline.shared.AccessEvent.Action.EXPORT, frl.ienline.shared.AccessEvent.Result.ALLOWED)))
                .isInstanceOf(frl.ienline.shared.TooManyRequests.class);
        assertThat(published).singleElement().satisfies(e -> {
            var denied = (frl.ienline.shared.AccessEvent) e;
            assertThat(denied.result()).isEqualTo(frl.ienline.shared.AccessEvent.Result.DENIED);
            assertThat(denied.purpose()).isEqualTo("who-saw-rate-limit");
        });
        exports.on(event(java.util.UUID.randomUUID(), frl.ienline.shared.AccessEvent.Action.EXPORT,
                frl.ienline.shared.AccessEvent.Result.ALLOWED)); // another staff member has a budget of their own
    }

    static frl.ienline.shared.AccessEvent event(java.util.UUID actor, frl.ienline.shared.AccessEvent.Action action,
            frl.ienline.shared.AccessEvent.Result result) {
        return new frl.ienline.shared.AccessEvent(actor, "jan", "PRIVACY_OFFICER", "GM0080", action, "access-log", "x",
                null, "who-saw", result, java.time.Instant.now());
    }

    private static int parallel(int requests, Callable<Boolean> attempt) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                results.add(threads.submit(attempt));
            }
            int allowed = 0;
            for (Future<Boolean> result : results) {
                allowed += result.get() ? 1 : 0;
            }
            return allowed;
        }
    }
}
