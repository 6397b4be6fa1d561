package frl.ienline.signals.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits submissions of the anonymous form per client and overall, in memory only. The client key is an
 * HMAC of the connection address under a random key that lives as long as the process: never stored,
 * never logged, useless after a restart. The address itself is dropped at once.
 */
@Component
public class PublicRateLimiter {

    private final Clock clock;
    private final int perClient;
    private final int overall;
    private final Duration window;
    private final byte[] processKey = new byte[32];
    private final Map<String, Deque<Instant>> byClient = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    PublicRateLimiter(Clock clock, @Value("${ienline.signals.public.per-client-per-hour:5}") int perClient,
            @Value("${ienline.signals.public.overall-per-hour:200}") int overall) {
        this.clock = clock;
        this.perClient = perClient;
        this.overall = overall;
        this.window = Duration.ofHours(1);
        new SecureRandom().nextBytes(processKey);
    }

    /** True when one more submission from this client is allowed now (and counts it). */
    public synchronized boolean tryAcquire(String clientAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        prune(all, since);
        String key = key(clientAddress);
        Deque<Instant> mine = byClient.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(mine, since);
        if (mine.size() >= perClient || all.size() >= overall) {
            return false;
        }
        mine.addLast(now);
        all.addLast(now);
        if (byClient.size() > 10_000) {
            byClient.values().forEach(d -> prune(d, since));
            byClient.values().removeIf(Deque::isEmpty);
        }
        return true;
    }

    private static void prune(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
    }

    private String key(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(processKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
