package frl.ienline.identity.internal;

import frl.ienline.shared.Role;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;

/**
 * For browser tests of other modules: a staff account with an enrolled second factor, and the current
 * TOTP code for it, so a test can sign in through the real login pages. Import with
 * {@code @Import(StaffLogins.class)}.
 */
@TestComponent
public class StaffLogins {

    /** User name, password and a supplier of the current code. */
    public record Login(String username, String password, Supplier<String> code) {
    }

    private final StaffFixtures fixtures;

    StaffLogins(StaffUsers users, Passwords passwords, SecretCipher cipher, Clock clock) {
        this.fixtures = new StaffFixtures(users, passwords, cipher, clock);
    }

    public Login enrolled(String prefix, Role role, String organisation, String... municipalities) {
        StaffFixtures.Account account = fixtures.enrolledAccount(prefix, role, organisation, municipalities);
        return new Login(account.username(), StaffFixtures.PASSWORD, () -> fixtures.currentCode(account));
    }
}
