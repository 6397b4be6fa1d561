package frl.ienline.identity.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing (OWASP's parameters: 19 MiB memory, 2 iterations, parallelism 1) for passwords and
 * recovery codes, plus the password rules. {@link #burn(String)} spends the same work as a real check, so
 * an unknown user name takes as long to refuse as a wrong password.
 */
@Component
class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
    private final String dummyHash;

    Passwords() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    String hash(String raw) {
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hash) {
        return raw != null && hash != null && encoder.matches(raw, hash);
    }

    /**
     * A hash of a random secret nobody ever sees: an account's password until its owner sets one through a
     * one-time link, and after an approved reset (the old password stops working at once).
     */
    String unusableHash() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return encoder.encode(Base64.getEncoder().encodeToString(random));
    }

    /** Does the work of one check against a hash nobody knows the password of; always false. */
    boolean burn(String raw) {
        encoder.matches(raw == null ? "" : raw, dummyHash);
        return false;
    }

    /** Message keys of the rules a new password breaks (length; not the user name). */
    static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("identity.error.password.short");
        } else if (password.length() > MAX_LENGTH) {
            problems.add("identity.error.password.long");
        } else if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            problems.add("identity.error.password.username");
        }
        return problems;
    }
}
