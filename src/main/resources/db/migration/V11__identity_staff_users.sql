-- Identity: staff accounts, their second factor and recovery codes.
-- Passwords only as Argon2id hashes; the TOTP secret only as AES-GCM ciphertext (key outside the database);
-- recovery codes only as Argon2id hashes. The application may not delete accounts (disable them instead).
CREATE TABLE identity.staff_user
(
    id                UUID PRIMARY KEY,
    username          TEXT        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name      TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    organisation_code TEXT        NOT NULL REFERENCES identity.organisation (code),
    roles             TEXT[]      NOT NULL CHECK (cardinality(roles) > 0),
    municipalities    TEXT[]      NOT NULL,
    compartment       TEXT        NOT NULL CHECK (compartment IN ('ENFORCEMENT', 'CARE', 'NONE')),
    password_hash     TEXT        NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    enabled           BOOLEAN     NOT NULL,
    demo              BOOLEAN     NOT NULL,
    totp_secret       TEXT,
    totp_enrolled_at  TIMESTAMPTZ,
    totp_last_step    BIGINT,
    created_at        TIMESTAMPTZ NOT NULL,
    changed_at        TIMESTAMPTZ NOT NULL,
    CHECK ((totp_secret IS NULL) = (totp_enrolled_at IS NULL)),
    -- The wall, once more in the database: no account holds both an enforcement and a care role.
    CHECK (NOT (roles && ARRAY ['CARE_WORKER', 'SOUNDING_BOARD_COORDINATOR']
        AND roles && ARRAY ['LICENSING_OFFICER', 'INSPECTOR', 'TEAM_COORDINATOR', 'RIEC_ANALYST',
                            'POLICE_LIAISON', 'POLICY_ADVISOR']))
);
CREATE INDEX staff_user_organisation_idx ON identity.staff_user (organisation_code);

CREATE TABLE identity.recovery_code
(
    id         UUID PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES identity.staff_user (id),
    code_hash  TEXT        NOT NULL CHECK (code_hash LIKE '$argon2id$%'),
    created_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX recovery_code_user_idx ON identity.recovery_code (user_id);

GRANT SELECT, INSERT, UPDATE ON identity.staff_user TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON identity.recovery_code TO ${appRole};
