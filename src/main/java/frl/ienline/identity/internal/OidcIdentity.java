package frl.ienline.identity.internal;

/**
 * Who someone is at an OpenID Connect provider: the issuer and the subject of its ID tokens. OIDC Core
 * (§5.7) makes only this pair stable and unique; names, e-mail addresses and {@code preferred_username}
 * can be changed by the user or the provider's administrator and never identify an account here.
 */
record OidcIdentity(String issuer, String subject) {

    static final int MAX_LENGTH = 255;

    OidcIdentity {
        if (!valid(issuer) || !valid(subject)) {
            throw new IllegalArgumentException("An OpenID Connect issuer and subject have 1 to " + MAX_LENGTH
                    + " visible characters");
        }
    }

    static boolean valid(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_LENGTH
                && value.chars().noneMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        return "OidcIdentity[" + issuer + "]"; // the subject is an identifier of a person: not in logs
    }
}
