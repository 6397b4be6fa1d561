package frl.ienline.platform;

import frl.ienline.shared.TooManyRequests;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id for every password in ienline, staff and members alike (OWASP's parameters: 19 MiB memory,
 * 2 iterations, parallelism 1), with a bound on how many hashes run at once: each takes 19 MiB, and
 * logins run on virtual threads, so without a bound a burst of logins could exhaust the heap. When all
 * permits stay taken for a moment the check is refused with {@link TooManyRequests} (answered 429).
 *
 * <p>Also the list of common passwords (ASVS V6.2): shipped in the jar, checked without any network.
 */
@Component
public class PasswordHashing implements PasswordEncoder {

    private static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

    private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
    private final Semaphore permits;
    private final Duration wait;
    private final LongAdder checks = new LongAdder();

    public PasswordHashing(@Value("${ienline.passwords.concurrent-hashes:8}") int concurrent,
            @Value("${ienline.passwords.wait-for-hash:PT2S}") Duration wait) {
        this.permits = new Semaphore(Math.max(1, concurrent), true);
        this.wait = wait;
    }

    @Override
    public String encode(CharSequence raw) {
        return bounded(() -> argon2.encode(raw));
    }

    /** Checks a password against a hash: one Argon2 computation, counted, within the bound. */
    @Override
    public boolean matches(CharSequence raw, String hash) {
        if (raw == null || hash == null) {
            return false;
        }
        return bounded(() -> {
            checks.increment();
            return argon2.matches(raw, hash);
        });
    }

    @Override
    public boolean upgradeEncoding(String hash) {
        return argon2.upgradeEncoding(hash);
    }

    /** How many password checks ran in this process (tests and metrics: they show what reached Argon2). */
    public long checksPerformed() {
        return checks.sum();
    }

    /** Whether the password is on the shipped list of common passwords (compared in lower case). */
    public static boolean isCommon(String password) {
        return password != null && CommonPasswords.LIST.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use, once per process. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new TooManyRequests(Duration.ofSeconds(5));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordHashing.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the jar");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
