-- Machine clients (ADR 0025): API tokens an administrator issues to an organisation for one scope (today only
-- 'import', the ad import API). The token itself is shown once and never stored: only its SHA-256 hash, which
-- is enough for a 256-bit random value (nothing to guess, so no slow hash is needed). Revoked and expired
-- tokens stay, so the access log's entries keep a name; the application may not delete them.
CREATE TABLE identity.api_token
(
    id                UUID PRIMARY KEY,
    organisation_code TEXT        NOT NULL REFERENCES identity.organisation (code),
    name              TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    scope             TEXT        NOT NULL CHECK (scope IN ('import')),
    token_hash        TEXT        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        UUID        NOT NULL,
    expires_at        TIMESTAMPTZ NOT NULL CHECK (expires_at > created_at),
    revoked_at        TIMESTAMPTZ,
    revoked_by        UUID,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX api_token_organisation_idx ON identity.api_token (organisation_code);

GRANT SELECT, INSERT ON identity.api_token TO ${appRole};
GRANT UPDATE (revoked_at, revoked_by) ON identity.api_token TO ${appRole};
