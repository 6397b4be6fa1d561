-- Identity (review H4, M13): an account is found from an OpenID Connect login only by the (issuer, subject)
-- pair bound to it, never by a name claim; one-time links let a user set a password or bind their provider
-- identity without an administrator ever knowing a password. A link is stored only as the SHA-256 of its
-- 256-bit random token, so the table cannot be used to sign in.
ALTER TABLE identity.staff_user
    ADD COLUMN oidc_issuer  TEXT CHECK (length(oidc_issuer) BETWEEN 1 AND 255),
    ADD COLUMN oidc_subject TEXT CHECK (length(oidc_subject) BETWEEN 1 AND 255),
    ADD CONSTRAINT staff_user_oidc_pair CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
CREATE UNIQUE INDEX staff_user_oidc_idx ON identity.staff_user (oidc_issuer, oidc_subject)
    WHERE oidc_issuer IS NOT NULL;

CREATE TABLE identity.account_link
(
    id          UUID PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES identity.staff_user (id),
    purpose     TEXT        NOT NULL CHECK (purpose IN ('PASSWORD', 'IDP')),
    token_hash  TEXT        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    issued_by   UUID        NOT NULL,
    approved_by UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL CHECK (expires_at > created_at),
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX account_link_user_idx ON identity.account_link (user_id);

GRANT SELECT, INSERT, UPDATE ON identity.account_link TO ${appRole};
