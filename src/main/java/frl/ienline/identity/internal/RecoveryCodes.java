package frl.ienline.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time recovery codes for a lost authenticator: ten per enrolment, shown once, stored as Argon2id
 * hashes, each usable once. Format {@code xxxx-xxxx-xxxx} from 31 unambiguous characters (about 59 bits).
 */
@Repository
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Passwords passwords;
    private final Clock clock;

    RecoveryCodes(JdbcClient jdbc, Passwords passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Replaces the user's codes with ten new ones and returns them in plain text, for showing once. */
    List<String> replace(UUID userId) {
        deleteAll(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            jdbc.sql("""
                    INSERT INTO identity.recovery_code (id, user_id, code_hash, created_at)
                    VALUES (:id, :user, :hash, :now)
                    """).param("id", UUID.randomUUID()).param("user", userId)
                    .param("hash", passwords.hash(normalise(code))).param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        return codes;
    }

    /** Uses the code if it is one of the user's unused codes; true when it was. */
    boolean use(UUID userId, String code) {
        String normalised = normalise(code);
        if (normalised.length() != 12) {
            return false;
        }
        record Stored(UUID id, String hash) {
        }
        List<Stored> unused = jdbc.sql("""
                SELECT id, code_hash FROM identity.recovery_code WHERE user_id = :user AND used_at IS NULL
                """).param("user", userId).query((rs, n) -> new Stored(rs.getObject("id", UUID.class),
                rs.getString("code_hash"))).list();
        for (Stored stored : unused) {
            if (passwords.matches(normalised, stored.hash())) {
                return jdbc.sql("""
                        UPDATE identity.recovery_code SET used_at = :now WHERE id = :id AND used_at IS NULL
                        """).param("id", stored.id()).param("now", Timestamp.from(clock.instant())).update() == 1;
            }
        }
        return false;
    }

    int remaining(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM identity.recovery_code WHERE user_id = :user AND used_at IS NULL")
                .param("user", userId).query(Integer.class).single();
    }

    void deleteAll(UUID userId) {
        jdbc.sql("DELETE FROM identity.recovery_code WHERE user_id = :user").param("user", userId).update();
    }

    static boolean looksLikeRecoveryCode(String input) {
        return input != null && normalise(input).length() == 12;
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
