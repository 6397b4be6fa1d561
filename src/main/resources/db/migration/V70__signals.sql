-- Signals of abuse and trafficking (ADR 0009). Criminal-offence data and often special-category data:
-- every free text and descriptor column (*_enc) holds AES-GCM ciphertext written by the application
-- ("v1.<key id>.<base64 nonce+ciphertext>"); *_bi columns hold keyed HMAC-SHA256 blind indexes.
-- Nothing here is readable without the keys, which live outside the database.
CREATE SCHEMA signals;
GRANT USAGE ON SCHEMA signals TO ${appRole};

CREATE TABLE signals.signal
(
    id                   UUID PRIMARY KEY,
    reference            TEXT        NOT NULL UNIQUE,
    source               TEXT        NOT NULL CHECK (source IN ('STAFF', 'CONTROL', 'PUBLIC')),
    state                TEXT        NOT NULL CHECK (state IN ('NEW', 'IN_TRIAGE', 'REFERRED', 'CLOSED')),
    outcome              TEXT CHECK (outcome IN ('SUBSTANTIATED', 'NOT_SUBSTANTIATED', 'NO_FURTHER_ACTION')),
    municipality         TEXT CHECK (municipality ~ '^GM[0-9]{4}$'),
    location_type        TEXT        NOT NULL,
    observed_on          DATE,
    part_of_day          TEXT,
    observation_enc      TEXT,
    location_enc         TEXT,
    location_bi          TEXT,
    reporter_org_enc     TEXT,
    control_id           TEXT,
    registered_at        TIMESTAMPTZ NOT NULL,
    registered_by        UUID,
    registered_by_name   TEXT,
    registered_by_org    TEXT,
    followup_secret_hash TEXT,
    merged_into          UUID REFERENCES signals.signal (id) ON DELETE CASCADE,
    closed_at            TIMESTAMPTZ,
    CHECK ((state = 'CLOSED') = (outcome IS NOT NULL AND closed_at IS NOT NULL)),
    CHECK ((source = 'PUBLIC') = (registered_by_org IS NULL))
);
CREATE INDEX signal_municipality_idx ON signals.signal (municipality);
CREATE INDEX signal_registered_by_org_idx ON signals.signal (registered_by_org);
CREATE INDEX signal_location_bi_idx ON signals.signal (location_bi);
CREATE INDEX signal_closed_idx ON signals.signal (outcome, closed_at);
CREATE INDEX signal_merged_into_idx ON signals.signal (merged_into);

-- Person(s) concerned: a pseudonym (never a real name or BSN) and minimal descriptors, both encrypted.
CREATE TABLE signals.person
(
    id              UUID PRIMARY KEY,
    signal_id       UUID NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    position        INT  NOT NULL,
    pseudonym_enc   TEXT NOT NULL,
    pseudonym_bi    TEXT NOT NULL,
    descriptors_enc TEXT
);
CREATE INDEX person_signal_idx ON signals.person (signal_id);
CREATE INDEX person_pseudonym_bi_idx ON signals.person (pseudonym_bi);

-- Phone numbers as E.164, encrypted for display and blind-indexed for search and duplicates.
CREATE TABLE signals.phone
(
    id         UUID PRIMARY KEY,
    signal_id  UUID NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    number_enc TEXT NOT NULL,
    number_bi  TEXT NOT NULL
);
CREATE INDEX phone_signal_idx ON signals.phone (signal_id);
CREATE INDEX phone_number_bi_idx ON signals.phone (number_bi);

-- Links to records of other modules by id only (no foreign keys across modules).
CREATE TABLE signals.link
(
    signal_id UUID NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('AD', 'NETWORK', 'CASE', 'LICENSED_BUSINESS', 'CONTROL')),
    target_id TEXT NOT NULL CHECK (length(target_id) BETWEEN 1 AND 64),
    PRIMARY KEY (signal_id, kind, target_id)
);
CREATE INDEX link_target_idx ON signals.link (kind, target_id);

-- Structured indicators of the trafficking indicator list, each with an optional encrypted note.
CREATE TABLE signals.indicator
(
    id        UUID PRIMARY KEY,
    signal_id UUID NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    code      TEXT NOT NULL,
    note_enc  TEXT,
    UNIQUE (signal_id, code)
);

-- Information added later (by the anonymous reporter with the secret code, or by staff).
CREATE TABLE signals.addition
(
    id        UUID PRIMARY KEY,
    signal_id UUID        NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    added_at  TIMESTAMPTZ NOT NULL,
    source    TEXT        NOT NULL CHECK (source IN ('STAFF', 'PUBLIC')),
    text_enc  TEXT        NOT NULL
);
CREATE INDEX addition_signal_idx ON signals.addition (signal_id);

-- Append-only history: the application may insert and read, never update or delete (rows go only with
-- their signal, through the cascade that retention triggers).
CREATE TABLE signals.history
(
    id         UUID PRIMARY KEY,
    signal_id  UUID        NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    at         TIMESTAMPTZ NOT NULL,
    actor_id   UUID,
    actor_name TEXT        NOT NULL,
    actor_org  TEXT,
    event      TEXT        NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    detail_enc TEXT
);
CREATE INDEX history_signal_idx ON signals.history (signal_id, at);

-- Every share: what (field codes), to whom, when, by whom and on which legal basis. Append-only.
CREATE TABLE signals.share
(
    id                 UUID PRIMARY KEY,
    signal_id          UUID        NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    shared_at          TIMESTAMPTZ NOT NULL,
    shared_by          UUID        NOT NULL,
    shared_by_name     TEXT        NOT NULL,
    shared_by_org      TEXT        NOT NULL,
    recipient_kind     TEXT        NOT NULL CHECK (recipient_kind IN
                                                   ('POLICE_AVIM', 'COMENSHA', 'CARE_COORDINATOR', 'RIEC', 'MUNICIPALITY')),
    recipient_org      TEXT        NOT NULL,
    fields             TEXT[]      NOT NULL CHECK (cardinality(fields) > 0),
    legal_basis_code   TEXT        NOT NULL,
    legal_basis_label  TEXT        NOT NULL,
    consent            TEXT CHECK (consent IN ('GIVEN', 'NOT_NEEDED')),
    consent_reason_enc TEXT,
    CHECK (recipient_kind <> 'COMENSHA' OR consent IS NOT NULL),
    CHECK (consent IS DISTINCT FROM 'NOT_NEEDED' OR consent_reason_enc IS NOT NULL)
);
CREATE INDEX share_signal_idx ON signals.share (signal_id);
CREATE INDEX share_recipient_idx ON signals.share (recipient_org);
CREATE INDEX share_shared_at_idx ON signals.share (shared_at);

-- What the retention job destroyed: categories and counts, never a reference or any content.
CREATE TABLE signals.destruction_record
(
    id              UUID PRIMARY KEY,
    run_at          TIMESTAMPTZ NOT NULL,
    category        TEXT        NOT NULL,
    retention       TEXT        NOT NULL,
    closed_before   TIMESTAMPTZ NOT NULL,
    signals_deleted INT         NOT NULL,
    persons_deleted INT         NOT NULL,
    shares_deleted  INT         NOT NULL
);

-- Counts that reporting needs and that outlive the signals: closures by month, municipality, outcome.
CREATE TABLE signals.signal_count
(
    month        DATE NOT NULL,
    municipality TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    source       TEXT NOT NULL,
    count        INT  NOT NULL CHECK (count >= 0),
    PRIMARY KEY (month, municipality, outcome, source)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON signals.signal TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON signals.person, signals.phone, signals.link, signals.indicator TO ${appRole};
GRANT SELECT, INSERT, DELETE ON signals.addition TO ${appRole};
GRANT SELECT, INSERT ON signals.history, signals.share, signals.destruction_record TO ${appRole};
-- Key rotation re-wraps ciphertext: the only column of the append-only tables the application may update.
GRANT UPDATE (detail_enc) ON signals.history TO ${appRole};
GRANT UPDATE (consent_reason_enc) ON signals.share TO ${appRole};
GRANT UPDATE (text_enc) ON signals.addition TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON signals.signal_count TO ${appRole};
