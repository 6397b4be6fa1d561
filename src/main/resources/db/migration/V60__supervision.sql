-- Supervision (issue 5, ADR 0010): the regional team's leads, cases, controls, the enforcement ladder,
-- displacement alerts, notifications to municipalities outside the mandate and the signal hand-offs.
-- Persons met are pseudonymous (working name, age band, nationality, language) and never carry a BSN;
-- phone numbers are stored only as keyed blind indexes.
CREATE SCHEMA supervision;
GRANT USAGE ON SCHEMA supervision TO ${appRole};

CREATE TABLE supervision.team_member
(
    username     TEXT PRIMARY KEY,
    display_name TEXT        NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE supervision.case_file
(
    id           UUID PRIMARY KEY,
    reference    TEXT        NOT NULL UNIQUE,
    municipality TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    title        TEXT        NOT NULL,
    state        TEXT        NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opened_at    TIMESTAMPTZ NOT NULL,
    opened_by    TEXT        NOT NULL,
    closed_on    DATE,
    CHECK ((state = 'CLOSED') = (closed_on IS NOT NULL))
);
CREATE INDEX case_file_municipality_idx ON supervision.case_file (municipality);

CREATE TABLE supervision.lead
(
    id                 UUID PRIMARY KEY,
    source             TEXT        NOT NULL CHECK (source IN ('AD', 'TIP', 'SIGNAL', 'MUNICIPALITY_REQUEST')),
    municipality       TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    ad_id              TEXT UNIQUE,
    network_id         TEXT,
    licence_check      TEXT,
    indicator_codes    TEXT[]      NOT NULL DEFAULT '{}',
    identifier_indexes TEXT[]      NOT NULL DEFAULT '{}',
    new_in_town        BOOLEAN     NOT NULL DEFAULT FALSE,
    summary            TEXT,
    score              INT         NOT NULL,
    reasons            TEXT[]      NOT NULL DEFAULT '{}',
    state              TEXT        NOT NULL CHECK (state IN ('OPEN', 'DISMISSED', 'IN_CASE')),
    dismissal_reason   TEXT,
    dismissal_note     TEXT,
    case_id            UUID REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    assignee           TEXT,
    created_at         TIMESTAMPTZ NOT NULL,
    last_seen_at       TIMESTAMPTZ NOT NULL,
    CHECK ((state = 'IN_CASE') = (case_id IS NOT NULL)),
    CHECK ((state = 'DISMISSED') = (dismissal_reason IS NOT NULL))
);
CREATE INDEX lead_worklist_idx ON supervision.lead (state, municipality, score DESC);
CREATE INDEX lead_network_idx ON supervision.lead (network_id);
CREATE INDEX lead_identifiers_idx ON supervision.lead USING GIN (identifier_indexes);

CREATE TABLE supervision.saved_filter
(
    id         UUID PRIMARY KEY,
    owner      TEXT        NOT NULL,
    name       TEXT        NOT NULL,
    query      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (owner, name)
);

CREATE TABLE supervision.case_ad
(
    case_id            UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    ad_id              TEXT        NOT NULL,
    network_id         TEXT,
    municipality       TEXT        NOT NULL,
    identifier_indexes TEXT[]      NOT NULL DEFAULT '{}',
    added_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, ad_id)
);
CREATE INDEX case_ad_network_idx ON supervision.case_ad (network_id);
CREATE INDEX case_ad_identifiers_idx ON supervision.case_ad USING GIN (identifier_indexes);

CREATE TABLE supervision.case_address
(
    id           UUID PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    address      TEXT        NOT NULL,
    municipality TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    added_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE supervision.case_person
(
    id           UUID PRIMARY KEY,
    case_id      UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    working_name TEXT        NOT NULL,
    age_band     TEXT        NOT NULL,
    nationality  TEXT,
    language     TEXT        NOT NULL,
    phone_index  TEXT,
    added_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_person_phone_idx ON supervision.case_person (phone_index);

CREATE TABLE supervision.case_business
(
    case_id        UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    licence_number TEXT        NOT NULL,
    licence_id     UUID        NOT NULL,
    municipality   TEXT        NOT NULL,
    business_name  TEXT        NOT NULL,
    added_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, licence_number)
);

CREATE TABLE supervision.control
(
    id                  UUID PRIMARY KEY,
    case_id             UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    kind                TEXT        NOT NULL CHECK (kind IN ('DECOY_APPOINTMENT', 'HOME_OR_HOTEL_VISIT',
                                                             'LICENSED_BUSINESS_INSPECTION', 'FOLLOW_UP')),
    municipality        TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    planned_at          TIMESTAMPTZ NOT NULL,
    location            TEXT        NOT NULL,
    location_type       TEXT        NOT NULL,
    members             TEXT[]      NOT NULL,
    fewer_members_reason TEXT,
    care_worker_invited BOOLEAN     NOT NULL DEFAULT FALSE,
    licence_number      TEXT,
    checklist_items     TEXT[]      NOT NULL DEFAULT '{}',
    state               TEXT        NOT NULL CHECK (state IN ('PLANNED', 'REPORTED')),
    planned_by          TEXT        NOT NULL,
    -- the report; locked once state = REPORTED (corrections are addenda)
    id_seen             TEXT,
    age_21_plus         TEXT,
    brought_by          TEXT,
    landlord            TEXT,
    working_conditions  TEXT,
    indicators          TEXT[]      NOT NULL DEFAULT '{}',
    checklist_results   TEXT[]      NOT NULL DEFAULT '{}',
    observations        TEXT,
    outcome             TEXT,
    care_offered        BOOLEAN,
    care_accepted       BOOLEAN,
    reported_at         TIMESTAMPTZ,
    reported_by         TEXT,
    CHECK (cardinality(members) >= 2 OR fewer_members_reason IS NOT NULL),
    CHECK ((state = 'REPORTED') = (reported_at IS NOT NULL AND outcome IS NOT NULL))
);
CREATE INDEX control_case_idx ON supervision.control (case_id);
CREATE INDEX control_municipality_idx ON supervision.control (municipality, kind);

CREATE TABLE supervision.control_addendum
(
    id         UUID PRIMARY KEY,
    control_id UUID        NOT NULL REFERENCES supervision.control (id) ON DELETE CASCADE,
    text       TEXT        NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL,
    added_by   TEXT        NOT NULL
);

CREATE TABLE supervision.enforcement_action
(
    id                 UUID PRIMARY KEY,
    case_id            UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    control_id         UUID REFERENCES supervision.control (id) ON DELETE SET NULL,
    subject_kind       TEXT        NOT NULL CHECK (subject_kind IN ('PERSON', 'BUSINESS', 'NETWORK')),
    subject_key        TEXT        NOT NULL,
    subject_label      TEXT        NOT NULL,
    municipality       TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    track              TEXT        NOT NULL CHECK (track IN ('UNLICENSED', 'LICENSED')),
    step_code          TEXT        NOT NULL,
    proposed_step_code TEXT        NOT NULL,
    deviation_reason   TEXT,
    offender           TEXT,
    penalty_amount     NUMERIC(12, 2),
    penalty_maximum    NUMERIC(12, 2),
    language           TEXT        NOT NULL,
    decided_on         DATE        NOT NULL,
    deadline           DATE,
    rulebook_version   TEXT        NOT NULL,
    decided_by         TEXT        NOT NULL,
    CHECK (step_code = proposed_step_code OR deviation_reason IS NOT NULL)
);
CREATE INDEX enforcement_subject_idx ON supervision.enforcement_action (subject_kind, subject_key);
CREATE INDEX enforcement_case_idx ON supervision.enforcement_action (case_id);

CREATE TABLE supervision.displacement_alert
(
    id                UUID PRIMARY KEY,
    match_kind        TEXT        NOT NULL CHECK (match_kind IN ('NETWORK', 'PHONE', 'PERSON')),
    from_case_id      UUID        NOT NULL REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    from_municipality TEXT        NOT NULL,
    to_municipality   TEXT        NOT NULL,
    to_lead_id        UUID REFERENCES supervision.lead (id) ON DELETE CASCADE,
    to_case_id        UUID REFERENCES supervision.case_file (id) ON DELETE CASCADE,
    created_at        TIMESTAMPTZ NOT NULL,
    CHECK (to_lead_id IS NOT NULL OR to_case_id IS NOT NULL)
);
CREATE UNIQUE INDEX displacement_once_idx ON supervision.displacement_alert
    (from_case_id, match_kind, coalesce(to_lead_id, to_case_id));

-- Notifications to a municipality's own contact: what and where, never personal data (a link only).
CREATE TABLE supervision.notification
(
    id           UUID PRIMARY KEY,
    municipality TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    kind         TEXT        NOT NULL CHECK (kind IN ('LEAD_OUTSIDE_MANDATE', 'DISPLACEMENT')),
    object_id    UUID        NOT NULL,
    recipient    TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    mailed       BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX notification_municipality_idx ON supervision.notification (municipality, created_at);

-- What was handed over to the signals module: ids and codes only.
CREATE TABLE supervision.signal_handoff
(
    id               UUID PRIMARY KEY,
    control_id       UUID        NOT NULL REFERENCES supervision.control (id) ON DELETE CASCADE,
    signal_reference TEXT        NOT NULL,
    indicators       TEXT[]      NOT NULL,
    ad_ids           TEXT[]      NOT NULL,
    network_ids      TEXT[]      NOT NULL,
    case_ids         TEXT[]      NOT NULL,
    business_ids     TEXT[]      NOT NULL,
    handed_at        TIMESTAMPTZ NOT NULL,
    handed_by        TEXT        NOT NULL,
    UNIQUE (control_id)
);

-- Destruction after the retention period: counts only, no personal data (R16).
CREATE TABLE supervision.destruction
(
    id           UUID PRIMARY KEY,
    category     TEXT        NOT NULL,
    cases        INT         NOT NULL,
    dry_run      BOOLEAN     NOT NULL,
    performed_at TIMESTAMPTZ NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON supervision.team_member TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON supervision.case_file, supervision.lead, supervision.saved_filter,
    supervision.case_ad, supervision.case_address, supervision.case_person, supervision.case_business,
    supervision.control, supervision.enforcement_action, supervision.displacement_alert TO ${appRole};
GRANT SELECT, INSERT ON supervision.control_addendum, supervision.signal_handoff, supervision.destruction TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON supervision.notification TO ${appRole};

-- A finished report is locked: corrections are addenda (also enforced here, not only in the application).
CREATE FUNCTION supervision.control_report_locked() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.state = 'REPORTED' THEN
        RAISE EXCEPTION 'The report of control % is finished and locked; add an addendum instead', OLD.id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER control_report_locked
    BEFORE UPDATE ON supervision.control
    FOR EACH ROW EXECUTE FUNCTION supervision.control_report_locked();
