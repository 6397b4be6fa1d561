package frl.ienline.identity.internal;

import frl.ienline.platform.PasswordHashing;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Staff passwords and recovery codes on the one Argon2id of {@link PasswordHashing} (OWASP's parameters,
 * bounded concurrency), plus the password rules. {@link #burn(String)} spends the same work as a real
 * check, so an unknown user name takes as long to refuse as a wrong password.
 */
@Component
class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final PasswordHashing hashing;
    private final String dummyHash;

    Passwords(PasswordHashing hashing) {
        this.hashing = hashing;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hashing.encode(Base64.getEncoder().encodeToString(random));
    }

    String hash(String raw) {
        return hashing.encode(raw);
    }

    boolean matches(String raw, String hash) {
        return raw != null && hash != null && hashing.matches(raw, hash);
    }

    /**
     * A hash of a random secret nobody ever sees: an account's password until its owner sets one through a
     * one-time link, and after an approved reset (the old password stops working at once).
     */
    String unusableHash() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return hashing.encode(Base64.getEncoder().encodeToString(random));
    }

    /** Does the work of one check against a hash nobody knows the password of; always false. */
    boolean burn(String raw) {
        hashing.matches(raw == null ? "" : raw, dummyHash);
        return false;
    }

    /** Message keys of the rules a new password breaks (length; not the user name; not a common password). */
    static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("identity.error.password.short");
        } else if (password.length() > MAX_LENGTH) {
            problems.add("identity.error.password.long");
        } else if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            problems.add("identity.error.password.username");
        } else if (PasswordHashing.isCommon(password)) {
            problems.add("identity.error.password.common");
        }
        return problems;
    }
}
