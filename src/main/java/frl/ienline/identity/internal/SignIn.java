package frl.ienline.identity.internal;

import frl.ienline.shared.TooManyRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a local login: password, then the second factor (a TOTP code or a recovery code), or the
 * enrolment of a second factor on first login. Knows nothing of HTTP; {@link LoginController} turns the
 * outcomes into sessions and pages. Every refusal looks the same from outside, whatever its reason.
 */
@Service
class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    /** What a login step ended in. */
    sealed interface Outcome {
    }

    /** Too many attempts from this client, or the user name's delay has not passed: answer 429, check nothing. */
    record Throttled(Duration retryAfter) implements Outcome {
    }

    /** Wrong, unknown, disabled, or a code that does not fit: one answer for all. */
    record Refused() implements Outcome {
    }

    /** Password right; the second factor (or its enrolment) comes next. */
    record SecondFactorNeeded(PendingLogin pending, boolean enrolled) implements Outcome {
    }

    /**
     * Fully signed in. {@code recoveryCodes} holds new codes to show once (after enrolment);
     * {@code recoveryCodesLeft} is set when a recovery code was used.
     */
    record SignedIn(StaffAuthentication authentication, List<String> recoveryCodes, Integer recoveryCodesLeft)
            implements Outcome {
    }

    private final StaffUsers users;
    private final RecoveryCodes recoveryCodes;
    private final Passwords passwords;
    private final SecretCipher cipher;
    private final LoginThrottle throttle;
    private final Clock clock;

    SignIn(StaffUsers users, RecoveryCodes recoveryCodes, Passwords passwords, SecretCipher cipher,
            LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.cipher = cipher;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * The password step. The attempt is reserved in the throttles before the password is checked and kept
     * when it fails (M7): parallel requests cannot get more checks than the budget.
     */
    Outcome password(String username, String password, String client) {
        LoginThrottle.Attempt attempt = throttle.password(username, client);
        if (attempt.refused()) {
            log.warn("Login attempt refused with 429: too many attempts");
            return new Throttled(attempt.retryAfter());
        }
        Optional<StaffUser> found = Username.isValid(username) ? users.byUsername(Username.of(username))
                : Optional.empty();
        boolean passwordRight;
        try {
            passwordRight = found.isPresent() ? passwords.matches(password, found.get().passwordHash())
                    : passwords.burn(password);
        } catch (TooManyRequests busy) {
            throttle.notChecked(attempt);
            log.warn("Login attempt refused with 429: password hashing is at its limit");
            return new Throttled(Duration.ofSeconds(busy.retryAfterSeconds()));
        }
        if (!passwordRight || !found.get().enabled()) {
            log.info("Login refused at the password step");
            return new Refused();
        }
        throttle.succeeded(attempt);
        StaffUser user = found.get();
        Instant now = clock.instant();
        if (!user.needsSecondFactor()) {
            log.info("Demo account {} signed in without a second factor", user.id());
            return new SignedIn(new StaffAuthentication(user.principal(), now), List.of(), null);
        }
        return new SecondFactorNeeded(new PendingLogin(user.id(), user.username().value(), now), user.enrolled());
    }

    /** Whether the pending user has a second factor yet (false also when the account is gone or disabled). */
    Optional<StaffUser> pendingUser(PendingLogin pending) {
        return users.byId(pending.userId()).filter(StaffUser::enabled);
    }

    Outcome secondFactor(PendingLogin pending, String code, String client) {
        LoginThrottle.Attempt attempt = throttle.secondFactor(pending.userId(), client);
        if (attempt.refused()) {
            log.warn("Second-factor attempt refused with 429: too many attempts");
            return new Throttled(attempt.retryAfter());
        }
        Optional<StaffUser> found = pendingUser(pending).filter(StaffUser::enrolled);
        String input = code == null ? "" : code.replaceAll("\\s", "");
        if (found.isPresent()) {
            StaffUser user = found.get();
            if (input.matches("\\d{" + Totp.DIGITS + "}")) {
                byte[] secret = cipher.decrypt(user.totpSecret(), user.id());
                OptionalLong step = Totp.verify(secret, input, clock.instant(), user.totpLastStep());
                if (step.isPresent() && users.useStep(user.id(), step.getAsLong())) {
                    return signedIn(user, pending, attempt, List.of(), null);
                }
            } else if (RecoveryCodes.looksLikeRecoveryCode(input) && recoveryCodes.use(user.id(), input)) {
                int left = recoveryCodes.remaining(user.id());
                log.info("User {} signed in with a recovery code; {} left", user.id(), left);
                return signedIn(user, pending, attempt, List.of(), left);
            }
        }
        log.info("Login refused at the second-factor step");
        return new Refused();
    }

    /** Confirms enrolment with a code from the new secret; stores it encrypted and issues recovery codes. */
    @Transactional
    Outcome enrol(PendingLogin pending, byte[] secret, String code, String client) {
        LoginThrottle.Attempt attempt = throttle.secondFactor(pending.userId(), client);
        if (attempt.refused()) {
            return new Throttled(attempt.retryAfter());
        }
        Optional<StaffUser> found = pendingUser(pending).filter(u -> !u.enrolled());
        String input = code == null ? "" : code.replaceAll("\\s", "");
        OptionalLong step = Totp.verify(secret, input, clock.instant(), null);
        if (found.isEmpty() || step.isEmpty()) {
            return new Refused();
        }
        StaffUser user = found.get();
        if (!users.enrolSecondFactor(user.id(), cipher.encrypt(secret, user.id()), step.getAsLong(), clock.instant())) {
            return new Refused();
        }
        List<String> codes = recoveryCodes.replace(user.id());
        log.info("User {} enrolled a second factor", user.id());
        return signedIn(user, pending, attempt, codes, null);
    }

    private SignedIn signedIn(StaffUser user, PendingLogin pending, LoginThrottle.Attempt attempt, List<String> codes,
            Integer left) {
        throttle.succeeded(attempt);
        log.info("User {} signed in", user.id());
        return new SignedIn(new StaffAuthentication(user.principal(), pending.startedAt()), codes, left);
    }
}
