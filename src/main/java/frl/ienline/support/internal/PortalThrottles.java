package frl.ienline.support.internal;

import frl.ienline.platform.Backoff;
import frl.ienline.platform.CareCompartmentDatabase;
import frl.ienline.platform.ClientKeys;
import frl.ienline.platform.RateLimit;
import frl.ienline.platform.ThrottleStore;
import frl.ienline.platform.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The support compartment's throttles (H3, D8, L6; ADR 0013): the platform kit on a store behind the wall,
 * {@code support.throttle_counter} on the care role's pool, so the application role cannot even see which
 * working names are being guessed. Keys are pseudonyms from {@link ClientKeys}, never an address or a name.
 */
@Component
public class PortalThrottles {

    static final String STORE = "careThrottleStore";

    /** The care compartment's own throttle store. */
    @Configuration(proxyBeanMethods = false)
    static class Store {

        @Bean(STORE)
        ThrottleStore careThrottleStore(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care, Clock clock) {
            return new ThrottleStore(care, "support.throttle_counter", clock);
        }
    }

    /** A reserved login attempt, or a refusal with the time to wait. */
    record LoginAttempt(Verdict client, Verdict name, String nameKey) {

        boolean refused() {
            return !client.allowed() || !name.allowed();
        }

        Duration retryAfter() {
            return client.allowed() ? name.retryAfter() : client.retryAfter();
        }
    }

    private final ClientKeys keys;
    private final RateLimit loginPerClient;
    private final Backoff loginPerName;
    private final RateLimit signUpPerClient;
    private final RateLimit objectionPerClient;
    private final RateLimit objectionPerReference;
    private final RateLimit clientCheckPerMember;

    PortalThrottles(@Qualifier(STORE) ThrottleStore store, ClientKeys keys,
            @Value("${ienline.support.throttle.login-per-client:20}") int loginPerClient,
            @Value("${ienline.support.throttle.login-free-per-name:5}") int loginFreePerName,
            @Value("${ienline.support.throttle.login-first-delay:PT1S}") Duration loginFirstDelay,
            @Value("${ienline.support.throttle.login-max-delay:PT1M}") Duration loginMaxDelay,
            @Value("${ienline.support.throttle.signups-per-client-per-hour:10}") int signUps,
            @Value("${ienline.support.throttle.objections-per-client-per-hour:10}") int objections,
            @Value("${ienline.support.throttle.objections-per-reference-per-day:5}") int perReference,
            @Value("${ienline.support.throttle.client-checks-per-member-per-day:30}") int checks) {
        this.keys = keys;
        Duration quarter = Duration.ofMinutes(15);
        this.loginPerClient = store.rateLimit("portal-login-client", loginPerClient, quarter);
        this.loginPerName = store.backoff("portal-login-name", loginFreePerName, loginFirstDelay, loginMaxDelay, quarter);
        this.signUpPerClient = store.rateLimit("portal-signup-client", signUps, Duration.ofHours(1));
        this.objectionPerClient = store.rateLimit("portal-objection-client", objections, Duration.ofHours(1));
        this.objectionPerReference = store.rateLimit("portal-objection-reference", perReference, Duration.ofDays(1));
        this.clientCheckPerMember = store.rateLimit("portal-client-check", checks, Duration.ofDays(1));
    }

    /** Reserves a member login attempt for this working name from this client, before the password check. */
    LoginAttempt login(String workingName, String client) {
        String nameKey = keys.hashed("portal-login-name", workingName == null ? "" : workingName.strip().toLowerCase(Locale.ROOT));
        Verdict byClient = loginPerClient.acquire(client);
        if (!byClient.allowed()) {
            return new LoginAttempt(byClient, byClient, nameKey);
        }
        Verdict byName = loginPerName.enter(nameKey);
        if (!byName.allowed()) {
            loginPerClient.refund(byClient);
        }
        return new LoginAttempt(byClient, byName, nameKey);
    }

    void loginSucceeded(LoginAttempt attempt) {
        loginPerClient.refund(attempt.client());
        loginPerName.reset(attempt.nameKey());
    }

    void loginNotChecked(LoginAttempt attempt) {
        loginPerClient.refund(attempt.client());
    }

    /** One sign-up from this client (429 when refused). */
    public void signUp(String client) {
        signUpPerClient.acquire(client).orThrow();
    }

    /** One objection from this client (429 when refused). */
    public void objection(String client) {
        objectionPerClient.acquire(client).orThrow();
    }

    /** Whether one more objection to this alert reference may be stored today. */
    boolean objectionTo(String reference) {
        return objectionPerReference.acquire(keys.hashed("portal-objection-reference", reference)).allowed();
    }

    /** One client check by this member (429 when refused). */
    void clientCheck(UUID memberId) {
        clientCheckPerMember.acquire(keys.hashed("portal-client-check", memberId.toString())).orThrow();
    }

    /** Forgets every portal throttle (tests). */
    public void reset() {
        loginPerClient.resetAll();
        loginPerName.resetAll();
        signUpPerClient.resetAll();
        objectionPerClient.resetAll();
        objectionPerReference.resetAll();
        clientCheckPerMember.resetAll();
    }
}
