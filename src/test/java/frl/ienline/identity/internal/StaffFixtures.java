package frl.ienline.identity.internal;

import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Creates staff accounts straight in the database for tests, optionally with a known TOTP secret. */
@TestComponent
class StaffFixtures {

    static final String PASSWORD = "a long test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** An account and, when enrolled, its TOTP secret. */
    record Account(StaffUser user, byte[] secret) {
        String username() {
            return user.username().value();
        }
    }

    private final StaffUsers users;
    private final Passwords passwords;
    private final SecretCipher cipher;
    private final Clock clock;

    StaffFixtures(StaffUsers users, Passwords passwords, SecretCipher cipher, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** A new account without second factor yet; the name is unique per call. */
    Account newAccount(String prefix, Role role, String organisation, String... municipalities) {
        String username = prefix + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100_000;
        StaffAccess access = StaffAccess.of(organisation, Set.of(role),
                Arrays.stream(municipalities).map(MunicipalityCode::of).toList());
        StaffUser user = StaffUser.create(Username.of(username), "Test " + prefix, access, passwords.hash(PASSWORD),
                false, clock.instant());
        users.insert(user);
        return new Account(user, null);
    }

    /** A new account with a second factor already enrolled (no code used yet in the current window). */
    Account enrolledAccount(String prefix, Role role, String organisation, String... municipalities) {
        Account account = newAccount(prefix, role, organisation, municipalities);
        byte[] secret = Totp.newSecret();
        users.enrolSecondFactor(account.user().id(), cipher.encrypt(secret, account.user().id()),
                Totp.step(clock.instant()) - 5, clock.instant());
        return new Account(users.byId(account.user().id()).orElseThrow(), secret);
    }

    String currentCode(Account account) {
        return Totp.code(account.secret(), clock.instant());
    }
}
