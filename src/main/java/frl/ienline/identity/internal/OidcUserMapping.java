package frl.ienline.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a user signed in at an OpenID Connect provider to a local staff account, and refuses unless the ID
 * token asserts multi-factor authentication: its {@code acr} is one of the accepted values, or its
 * {@code amr} (RFC 8176) contains one of the accepted methods. The IdP proves the second factor; ienline
 * still decides roles and scope, from the local account found through the configured claim.
 */
final class OidcUserMapping {

    /** The outcome: a local account, or a refusal with a reason for the log (no personal data). */
    sealed interface Result {
    }

    record Mapped(StaffUser user) implements Result {
    }

    record Refused(String reason) implements Result {
    }

    private final String usernameClaim;
    private final List<String> acceptedAcr;
    private final List<String> acceptedAmr;
    private final Function<Username, Optional<StaffUser>> accounts;

    OidcUserMapping(IdentityProperties.Oidc settings, Function<Username, Optional<StaffUser>> accounts) {
        this.usernameClaim = settings.usernameClaim();
        this.acceptedAcr = settings.acceptedAcr();
        this.acceptedAmr = settings.acceptedAmr();
        this.accounts = accounts;
    }

    /**
     * @param idTokenClaims the ID token's claims ({@code acr}, {@code amr} are read only from there: signed)
     * @param userClaims    ID token and user-info claims together (for the user name claim)
     */
    Result map(Map<String, Object> idTokenClaims, Map<String, Object> userClaims) {
        if (!assertsMultiFactor(idTokenClaims)) {
            return new Refused("the ID token does not assert multi-factor authentication (acr/amr)");
        }
        Object claim = userClaims.get(usernameClaim);
        if (!(claim instanceof String raw) || !Username.isValid(raw)) {
            return new Refused("no usable claim '" + usernameClaim + "'");
        }
        Optional<StaffUser> user = accounts.apply(Username.of(raw));
        if (user.isEmpty()) {
            return new Refused("no local account for the claim");
        }
        if (!user.get().enabled()) {
            return new Refused("the local account is disabled");
        }
        return new Mapped(user.get());
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
