-- Identity (review M13): what one functional administrator may not do alone. Granting a care role (or widening
-- a care account's scope), resetting a password or second factor and issuing a provider-binding link wait here
-- until a second administrator approves; nobody decides their own request. The user sees a notice of every
-- such change at their next login. Requests are kept (decided, never deleted) as the record of who approved.
CREATE TABLE identity.admin_request
(
    id                UUID PRIMARY KEY,
    kind              TEXT        NOT NULL CHECK (kind IN ('CREATE_ACCOUNT', 'CHANGE_ACCESS', 'RESET_PASSWORD',
                                                           'RESET_SECOND_FACTOR', 'BIND_PROVIDER')),
    user_id           UUID REFERENCES identity.staff_user (id),
    username          TEXT CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name      TEXT CHECK (length(display_name) BETWEEN 1 AND 200),
    organisation_code TEXT REFERENCES identity.organisation (code),
    roles             TEXT[],
    municipalities    TEXT[],
    requested_by      UUID        NOT NULL,
    requested_by_name TEXT        NOT NULL,
    requested_at      TIMESTAMPTZ NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by        UUID,
    decided_by_name   TEXT,
    decided_at        TIMESTAMPTZ,
    CHECK ((kind = 'CREATE_ACCOUNT') = (user_id IS NULL)),
    CHECK (kind NOT IN ('CREATE_ACCOUNT', 'CHANGE_ACCESS')
        OR (display_name IS NOT NULL AND organisation_code IS NOT NULL AND cardinality(roles) > 0
            AND municipalities IS NOT NULL)),
    CHECK (kind <> 'CREATE_ACCOUNT' OR username IS NOT NULL),
    CHECK ((status = 'PENDING') = (decided_by IS NULL)),
    CHECK ((decided_by IS NULL) = (decided_at IS NULL)),
    -- four eyes, once more in the database
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX admin_request_pending_idx ON identity.admin_request (requested_at) WHERE status = 'PENDING';
CREATE INDEX admin_request_user_idx ON identity.admin_request (user_id);

CREATE TABLE identity.account_notice
(
    id         UUID PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES identity.staff_user (id),
    kind       TEXT        NOT NULL CHECK (kind ~ '^[A-Z_]{1,40}$'),
    created_at TIMESTAMPTZ NOT NULL,
    seen_at    TIMESTAMPTZ
);
CREATE INDEX account_notice_user_idx ON identity.account_notice (user_id) WHERE seen_at IS NULL;

GRANT SELECT, INSERT, UPDATE ON identity.admin_request TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON identity.account_notice TO ${appRole};
