package frl.ienline.identity.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of login and sessions ({@code ienline.identity.*}); every value has a safe default.
 * The ADR {@code docs/adr/0004-login-second-factor-and-sessions.md} lists them.
 */
@ConfigurationProperties("ienline.identity")
record IdentityProperties(Login login, Session session, Totp totp, Oidc oidc, LinkSettings accountLinks) {

    IdentityProperties {
        login = login == null ? new Login(0, 0, null, null, null) : login;
        session = session == null ? new Session(null, null) : session;
        totp = totp == null ? new Totp(null, null, null) : totp;
        oidc = oidc == null ? new Oidc(null, null, null, null) : oidc;
        accountLinks = accountLinks == null ? new LinkSettings(null) : accountLinks;
    }

    /**
     * @param maxFailures           attempts per user name without delay; after that one attempt per delay,
     *                              doubling from 1 s up to {@code maxDelay} (a delay, never a lock)
     * @param maxFailuresPerAddress unsuccessful attempts per client within the window; the next one gets 429
     *                              (defaults to {@code maxFailures})
     * @param window                how long a failed attempt counts
     * @param maxDelay              the longest delay per user name at the password step
     * @param firstDelay            the first delay, after the free attempts
     */
    record Login(int maxFailures, int maxFailuresPerAddress, Duration window, Duration maxDelay, Duration firstDelay) {
        Login {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            maxFailuresPerAddress = maxFailuresPerAddress <= 0 ? maxFailures : maxFailuresPerAddress;
            window = window == null ? Duration.ofMinutes(15) : window;
            maxDelay = maxDelay == null ? Duration.ofMinutes(1) : maxDelay;
            firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
        }
    }

    /**
     * @param absoluteTimeout     a session ends this long after login, active or not
     * @param secondFactorTimeout time allowed between password and second factor
     */
    record Session(Duration absoluteTimeout, Duration secondFactorTimeout) {
        Session {
            absoluteTimeout = absoluteTimeout == null ? Duration.ofHours(10) : absoluteTimeout;
            secondFactorTimeout = secondFactorTimeout == null ? Duration.ofMinutes(10) : secondFactorTimeout;
        }
    }

    /**
     * @param issuer  the name authenticator apps show
     * @param key     base64 of the 256-bit AES key that encrypts TOTP secrets at rest (preferred in production)
     * @param keyFile where the key lives when {@code key} is not set; generated there outside production
     */
    record Totp(String issuer, String key, Path keyFile) {
        Totp {
            issuer = issuer == null || issuer.isBlank() ? "ienline" : issuer;
            keyFile = keyFile == null ? Path.of("data", "keys", "totp-secrets.key") : keyFile;
        }
    }

    /**
     * @param acceptedAcr {@code acr} values that assert multi-factor authentication
     * @param acceptedAmr {@code amr} values (RFC 8176) that assert multi-factor authentication
     * @param acrValues   {@code acr_values} to request from the IdP, space-separated (optional)
     * @param providers   per client registration id: which organisations that identity provider may speak for
     *                    (a registration without an entry signs nobody in)
     */
    record Oidc(List<String> acceptedAcr, List<String> acceptedAmr, String acrValues, Map<String, Provider> providers) {
        Oidc {
            acceptedAcr = acceptedAcr == null ? List.of() : List.copyOf(acceptedAcr);
            acceptedAmr = acceptedAmr == null ? List.of("mfa") : List.copyOf(acceptedAmr);
            providers = providers == null ? Map.of() : Map.copyOf(providers);
        }
    }

    /**
     * What one identity provider (a client registration) may do.
     *
     * @param issuer        the {@code iss} its ID tokens must carry; defaults to the registration's
     *                      {@code issuer-uri}. A registration with neither signs nobody in.
     * @param organisations codes of the organisations whose accounts it may sign in (at least one)
     */
    record Provider(String issuer, List<String> organisations) {
        Provider {
            issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
            organisations = organisations == null ? List.of()
                    : organisations.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        }
    }

    /** @param validFor how long a one-time link (set a password, bind an identity provider) works */
    record LinkSettings(Duration validFor) {
        LinkSettings {
            validFor = validFor == null ? Duration.ofHours(72) : validFor;
        }
    }
}
