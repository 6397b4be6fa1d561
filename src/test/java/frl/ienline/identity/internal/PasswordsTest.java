package frl.ienline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.platform.PasswordHashing;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    final Passwords passwords = new Passwords(new PasswordHashing(2, Duration.ofSeconds(5)));

    @Test
    void hashesWithArgon2idAndASaltPerHash() {
        String hash = passwords.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash);
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterz", hash)).isFalse();
        assertThat(passwords.matches(null, hash)).isFalse();
    }

    @Test
    void burningADummyCheckNeverSucceeds() {
        assertThat(passwords.burn("anything")).isFalse();
        assertThat(passwords.burn(null)).isFalse();
    }

    @Test
    void newPasswordsHaveAtLeastTwelveCharactersAndAreNotTheUserName() {
        assertThat(Passwords.problems("short", "jan")).containsExactly("identity.error.password.short");
        assertThat(Passwords.problems("x".repeat(129), "jan")).containsExactly("identity.error.password.long");
        assertThat(Passwords.problems("Jan.de.Vries1", "jan.de.vries1")).containsExactly("identity.error.password.username");
        assertThat(Passwords.problems("a fine long passphrase", "jan")).isEmpty();
        assertThat(Passwords.problems("1qaz2wsx3edc", "jan")).as("on the shipped list of common passwords (L11)")
                .containsExactly("identity.error.password.common");
        assertThat(Passwords.problems("Q1W2E3R4T5Y6", "jan")).as("compared in lower case")
                .containsExactly("identity.error.password.common");
        assertThat(Passwords.problems(null, "jan")).containsExactly("identity.error.password.short");
    }
}
