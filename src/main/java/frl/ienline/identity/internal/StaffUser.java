package frl.ienline.identity.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A staff account. Changed only through its verbs; the second factor's secret and last used step are
 * written by {@link StaffUsers} with conditional updates, so two requests cannot both use one code.
 *
 * @param totpSecret the encrypted TOTP secret, {@code null} until the second factor is enrolled
 * @param oidc       the identity at an OpenID Connect provider bound to this account, {@code null} if none
 *                   (set only through {@link StaffUsers#bindOidc}, never by the administrators' form)
 */
record StaffUser(UUID id, Username username, String displayName, StaffAccess access, String passwordHash,
        boolean enabled, boolean demo, String totpSecret, Long totpLastStep, OidcIdentity oidc, Instant createdAt,
        Instant changedAt) {

    static final int MAX_DISPLAY_NAME = 200;

    StaffUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(changedAt, "changedAt");
        if (!validDisplayName(displayName)) {
            throw new IllegalArgumentException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters");
        }
        if (passwordHash == null || !passwordHash.startsWith("$argon2id$")) {
            throw new IllegalArgumentException("The password must be an Argon2id hash");
        }
    }

    static StaffUser create(Username username, String displayName, StaffAccess access, String passwordHash,
            boolean demo, Instant now) {
        return new StaffUser(UUID.randomUUID(), username, displayName.strip(), access, passwordHash, true, demo, null,
                null, null, now, now);
    }

    static boolean validDisplayName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_DISPLAY_NAME
                && name.chars().noneMatch(Character::isISOControl);
    }

    public boolean enrolled() {
        return totpSecret != null;
    }

    /** Demo accounts sign in with their password alone; every other account needs the second factor. */
    boolean needsSecondFactor() {
        return !demo;
    }

    StaffUser rename(String newName, Instant now) {
        return new StaffUser(id, username, newName.strip(), access, passwordHash, enabled, demo, totpSecret,
                totpLastStep, oidc, createdAt, now);
    }

    StaffUser changeAccess(StaffAccess newAccess, Instant now) {
        return new StaffUser(id, username, displayName, newAccess, passwordHash, enabled, demo, totpSecret,
                totpLastStep, oidc, createdAt, now);
    }

    StaffUser changePassword(String newHash, Instant now) {
        return new StaffUser(id, username, displayName, access, newHash, enabled, demo, totpSecret, totpLastStep,
                oidc, createdAt, now);
    }

    StaffUser disable(Instant now) {
        return new StaffUser(id, username, displayName, access, passwordHash, false, demo, totpSecret, totpLastStep,
                oidc, createdAt, now);
    }

    StaffUser enable(Instant now) {
        return new StaffUser(id, username, displayName, access, passwordHash, true, demo, totpSecret, totpLastStep,
                oidc, createdAt, now);
    }

    StaffPrincipal principal() {
        return new StaffPrincipal(id, username.value(), displayName, access.organisationCode(), access.roles(),
                access.scope(), demo);
    }

    @Override
    public String toString() {
        return "StaffUser[" + id + ", " + username + "]"; // never the hash or the secret
    }
}
