-- The register: licence applications and licences of sex businesses (never of sex workers).
-- Personal data here: operator and managers (name, date of birth) and the documents. Histories are
-- append-only for the application role (INSERT and SELECT only).
CREATE SCHEMA register;
GRANT USAGE ON SCHEMA register TO ${appRole};

CREATE TABLE register.application
(
    id                    UUID PRIMARY KEY,
    reference             TEXT        NOT NULL UNIQUE CHECK (reference ~ '^AV-[2-9A-Z]{4}-[2-9A-Z]{4}$'),
    channel               TEXT        NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    follow_up_code_hash   BYTEA,
    state                 TEXT        NOT NULL,
    kind                  TEXT CHECK (kind IN ('PB', 'EB', 'OE')),
    municipality          TEXT CHECK (municipality ~ '^GM[0-9]{4}$'),
    business_name         TEXT,
    premises_street       TEXT,
    premises_house_number TEXT,
    premises_postcode     TEXT,
    premises_town         TEXT,
    ad_phone              TEXT CHECK (ad_phone ~ '^\+[1-9][0-9]{6,14}$'),
    workrooms             INT,
    expected_sex_workers  INT,
    operator_type         TEXT CHECK (operator_type IN ('PERSON', 'COMPANY')),
    operator_name         TEXT,
    operator_name_key     TEXT,
    operator_birth_date   DATE,
    operator_kvk          TEXT CHECK (operator_kvk ~ '^[0-9]{8}$'),
    received_on           DATE,
    decision_term_days    INT         NOT NULL DEFAULT 0,
    extension_days        INT         NOT NULL DEFAULT 0,
    extended_on           DATE,
    extension_reason      TEXT,
    bibob_requested_on    DATE,
    bibob_extended        BOOLEAN     NOT NULL DEFAULT FALSE,
    bibob_outcome         TEXT CHECK (bibob_outcome IN ('NO_DANGER', 'LESSER_DANGER', 'SERIOUS_DANGER')),
    bibob_summary         TEXT,
    view_invited_on       DATE,
    view_due_on           DATE,
    view_summary          TEXT,
    outcome               TEXT CHECK (outcome IN ('GRANTED', 'GRANTED_WITH_CONDITIONS', 'REFUSED', 'NOT_CONSIDERED')),
    decided_on            DATE,
    decided_by            TEXT,
    decision_reason       TEXT,
    decision_conditions   TEXT[],
    decision_checks       JSONB,
    rulebook_version      TEXT,
    objection_deadline    DATE,
    objection_lodged_on   DATE,
    licence_id            UUID,
    version               INT         NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    CHECK (outcome IS NULL OR (decided_on IS NOT NULL AND rulebook_version IS NOT NULL))
);
CREATE INDEX application_municipality_state_idx ON register.application (municipality, state);
CREATE INDEX application_adverse_idx ON register.application (outcome, decided_on);
CREATE INDEX application_operator_key_idx ON register.application (operator_name_key, operator_birth_date);
CREATE INDEX application_operator_kvk_idx ON register.application (operator_kvk);

CREATE TABLE register.application_manager
(
    application_id UUID NOT NULL REFERENCES register.application (id) ON DELETE CASCADE,
    position       INT  NOT NULL,
    name           TEXT NOT NULL,
    name_key       TEXT NOT NULL,
    birth_date     DATE NOT NULL,
    PRIMARY KEY (application_id, position)
);
CREATE INDEX application_manager_key_idx ON register.application_manager (name_key, birth_date);

CREATE TABLE register.application_suspension
(
    application_id UUID NOT NULL REFERENCES register.application (id) ON DELETE CASCADE,
    position       INT  NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('REPAIR', 'BIBOB')),
    started_on     DATE NOT NULL,
    ended_on       DATE,
    cap_days       INT  NOT NULL CHECK (cap_days > 0),
    PRIMARY KEY (application_id, position)
);

CREATE TABLE register.information_request
(
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES register.application (id) ON DELETE CASCADE,
    requested_on   DATE NOT NULL,
    due_on         DATE NOT NULL,
    what           TEXT NOT NULL,
    requested_by   TEXT NOT NULL,
    answered_on    DATE,
    answer         TEXT
);
CREATE INDEX information_request_application_idx ON register.information_request (application_id);

-- Uploaded documents, checked by content (PDF, JPEG, PNG) and stripped of metadata before they get here.
CREATE TABLE register.application_document
(
    id             UUID PRIMARY KEY,
    application_id UUID        NOT NULL REFERENCES register.application (id) ON DELETE CASCADE,
    kind           TEXT        NOT NULL,
    file_name      TEXT        NOT NULL,
    media_type     TEXT        NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     INT         NOT NULL,
    sha256         BYTEA       NOT NULL,
    content        BYTEA       NOT NULL,
    request_id     UUID REFERENCES register.information_request (id),
    added_at       TIMESTAMPTZ NOT NULL,
    added_by       TEXT        NOT NULL
);
CREATE INDEX application_document_application_idx ON register.application_document (application_id);

CREATE TABLE register.application_history
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id UUID        NOT NULL REFERENCES register.application (id) ON DELETE CASCADE,
    at             TIMESTAMPTZ NOT NULL,
    by_whom        TEXT        NOT NULL,
    action         TEXT        NOT NULL,
    from_state     TEXT,
    to_state       TEXT,
    reason         TEXT
);
CREATE INDEX application_history_application_idx ON register.application_history (application_id, id);

CREATE TABLE register.licence
(
    id                    UUID PRIMARY KEY,
    number                TEXT        NOT NULL UNIQUE,
    application_id        UUID        NOT NULL UNIQUE REFERENCES register.application (id),
    application_reference TEXT        NOT NULL,
    kind                  TEXT        NOT NULL CHECK (kind IN ('PB', 'EB', 'OE')),
    municipality          TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    business_name         TEXT        NOT NULL,
    premises_street       TEXT,
    premises_house_number TEXT,
    premises_postcode     TEXT,
    premises_town         TEXT,
    ad_phone              TEXT        NOT NULL CHECK (ad_phone ~ '^\+[1-9][0-9]{6,14}$'),
    workrooms             INT,
    expected_sex_workers  INT         NOT NULL,
    holder_type           TEXT        NOT NULL CHECK (holder_type IN ('PERSON', 'COMPANY')),
    holder_name           TEXT        NOT NULL,
    holder_name_key       TEXT        NOT NULL,
    holder_birth_date     DATE,
    holder_kvk            TEXT,
    conditions            TEXT[]      NOT NULL,
    valid_from            DATE        NOT NULL,
    valid_until           DATE        NOT NULL,
    rulebook_version      TEXT        NOT NULL,
    state                 TEXT        NOT NULL CHECK (state IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'LAPSED')),
    suspended_until       DATE,
    ended_on              DATE,
    renewal_reminded_on   DATE,
    version               INT         NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    CHECK (valid_until > valid_from)
);
CREATE INDEX licence_municipality_kind_idx ON register.licence (municipality, kind, state);
CREATE INDEX licence_holder_key_idx ON register.licence (holder_name_key, holder_birth_date);

CREATE TABLE register.licence_manager
(
    licence_id UUID NOT NULL REFERENCES register.licence (id) ON DELETE CASCADE,
    position   INT  NOT NULL,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    birth_date DATE NOT NULL,
    from_date  DATE NOT NULL,
    until_date DATE,
    PRIMARY KEY (licence_id, position)
);
CREATE INDEX licence_manager_key_idx ON register.licence_manager (name_key, birth_date);

CREATE TABLE register.licence_history
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    licence_id UUID        NOT NULL REFERENCES register.licence (id) ON DELETE CASCADE,
    at         TIMESTAMPTZ NOT NULL,
    by_whom    TEXT        NOT NULL,
    action     TEXT        NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    reason     TEXT
);
CREATE INDEX licence_history_licence_idx ON register.licence_history (licence_id, id);

-- One counter per municipality and kind: the row lock of UPDATE ... RETURNING serialises concurrent
-- grants, and a rolled-back grant rolls its number back, so numbers have no gaps.
CREATE TABLE register.licence_number_sequence
(
    municipality TEXT NOT NULL,
    kind         TEXT NOT NULL,
    last_value   INT  NOT NULL CHECK (last_value >= 0),
    PRIMARY KEY (municipality, kind)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON register.application TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON register.application_manager TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON register.application_suspension TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON register.information_request TO ${appRole};
GRANT SELECT, INSERT, DELETE ON register.application_document TO ${appRole};
GRANT SELECT, INSERT ON register.application_history TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON register.licence TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON register.licence_manager TO ${appRole};
GRANT SELECT, INSERT ON register.licence_history TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON register.licence_number_sequence TO ${appRole};
