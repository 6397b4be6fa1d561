package frl.ienline.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides which local staff account a user signed in at an OpenID Connect provider becomes, or refuses.
 * The rules (ADR 0015):
 * <ol>
 * <li>the ID token asserts multi-factor authentication: its {@code acr} is accepted, or its {@code amr}
 * (RFC 8176) holds an accepted method — read from the signed ID token only;</li>
 * <li>the registration it came through is configured with the organisations it may speak for, and the
 * token's {@code iss} is that registration's issuer (so provider B cannot mint tokens "from" provider A);</li>
 * <li>the account is found only by the (issuer, subject) pair bound to it; a name claim is never read;</li>
 * <li>a pair is bound once, through a one-time link an administrator issued for that account;</li>
 * <li>the account is enabled and belongs to an organisation the registration may speak for — checked at
 * every login, so moving an account to another organisation ends logins through the old provider.</li>
 * </ol>
 * Roles and scope always come from the local account. Pure logic: the caller reads and writes the database.
 */
final class OidcUserMapping {

    /** The outcome. */
    sealed interface Result {
    }

    /** Sign in as this account. */
    record Mapped(StaffUser user) implements Result {
    }

    /** Bind the identity to the account through the link, then sign in as it. */
    record Bind(StaffUser user, UUID linkId, OidcIdentity identity) implements Result {
    }

    /**
     * Refuse; {@code reason} is a short code for the access log (no personal data), {@code accountId} the
     * account concerned when one is known.
     */
    record Refused(String reason, UUID accountId) implements Result {
        Refused(String reason) {
            this(reason, null);
        }
    }

    /** The account a still valid binding link (remembered in the session) belongs to. */
    record PendingBinding(StaffUser account, UUID linkId) {
    }

    private final List<String> acceptedAcr;
    private final List<String> acceptedAmr;
    private final Map<String, IdentityProperties.Provider> providers;
    private final Function<OidcIdentity, Optional<StaffUser>> accounts;

    OidcUserMapping(IdentityProperties.Oidc settings, Function<OidcIdentity, Optional<StaffUser>> accounts) {
        this.acceptedAcr = settings.acceptedAcr();
        this.acceptedAmr = settings.acceptedAmr();
        this.providers = settings.providers();
        this.accounts = accounts;
    }

    /**
     * @param registrationId     the client registration the login came through
     * @param registrationIssuer its provider's {@code issuer-uri}, or {@code null} when only endpoints are configured
     * @param idTokenClaims      the ID token's claims (signature and expiry already checked by Spring Security)
     * @param pending            a binding link the user followed before going to the provider, if any
     */
    Result map(String registrationId, String registrationIssuer, Map<String, Object> idTokenClaims,
            Optional<PendingBinding> pending) {
        if (!assertsMultiFactor(idTokenClaims)) {
            return new Refused("no-mfa");
        }
        IdentityProperties.Provider provider = providers.get(registrationId);
        if (provider == null || provider.organisations().isEmpty()) {
            return new Refused("provider-not-configured");
        }
        String issuer = provider.issuer() != null ? provider.issuer() : registrationIssuer;
        if (issuer == null) {
            return new Refused("provider-without-issuer");
        }
        Object tokenIssuer = idTokenClaims.get("iss");
        if (tokenIssuer == null || !issuer.equals(tokenIssuer.toString())) {
            return new Refused("wrong-issuer");
        }
        Object subject = idTokenClaims.get("sub");
        if (!(subject instanceof String sub) || !OidcIdentity.valid(sub)) {
            return new Refused("no-subject");
        }
        OidcIdentity identity = new OidcIdentity(issuer, sub);
        Optional<StaffUser> bound = accounts.apply(identity);
        if (pending.isPresent()) {
            return bind(pending.get(), identity, bound, provider);
        }
        if (bound.isEmpty()) {
            return new Refused("not-bound");
        }
        return admissible(bound.get(), provider).orElse(new Mapped(bound.get()));
    }

    private Result bind(PendingBinding pending, OidcIdentity identity, Optional<StaffUser> bound,
            IdentityProperties.Provider provider) {
        StaffUser account = pending.account();
        if (bound.isPresent() && !bound.get().id().equals(account.id())) {
            return new Refused("identity-bound-to-another-account", account.id());
        }
        if (account.oidc() != null && !account.oidc().equals(identity)) {
            return new Refused("account-bound-to-another-identity", account.id());
        }
        return admissible(account, provider).orElse(new Bind(account, pending.linkId(), identity));
    }

    private static Optional<Result> admissible(StaffUser account, IdentityProperties.Provider provider) {
        if (!account.enabled()) {
            return Optional.of(new Refused("account-disabled", account.id()));
        }
        if (!provider.organisations().contains(account.access().organisationCode())) {
            return Optional.of(new Refused("organisation-not-allowed", account.id()));
        }
        return Optional.empty();
    }

    /** May this registration sign in accounts of this organisation at all? (for the binding page) */
    boolean speaksFor(String registrationId, String organisationCode) {
        IdentityProperties.Provider provider = providers.get(registrationId);
        return provider != null && provider.organisations().contains(organisationCode);
    }

    boolean assertsMultiFactor(Map<String, Object> idTokenClaims) {
        Object acr = idTokenClaims.get("acr");
        if (acr != null && acceptedAcr.contains(acr.toString())) {
            return true;
        }
        Object amr = idTokenClaims.get("amr");
        if (amr instanceof Collection<?> methods) {
            return methods.stream().map(String::valueOf).anyMatch(acceptedAmr::contains);
        }
        return amr instanceof String method && acceptedAmr.contains(method);
    }
}
