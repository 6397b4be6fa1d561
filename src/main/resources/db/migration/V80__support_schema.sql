-- The walled support compartment (ADR 0007). Only the care role ${careRole} gets any grant here; the
-- application role ${appRole} that every enforcement module uses has none, so an enforcement query
-- cannot read care data even by mistake. Encrypted columns (suffix _enc) hold AES-GCM ciphertext made
-- by the application with a key outside the database; *_index columns hold keyed HMAC blind indexes.
CREATE SCHEMA support;
REVOKE ALL ON SCHEMA support FROM PUBLIC;
GRANT USAGE ON SCHEMA support TO ${careRole};

-- Portal content: pages with a version per language; draft -> in review -> published (by a second
-- editor) -> superseded. Every version is kept: that is the history.
CREATE TABLE support.portal_page
(
    slug       TEXT PRIMARY KEY CHECK (slug ~ '^[a-z][a-z0-9-]{1,40}$'),
    position   INT  NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE support.portal_page_version
(
    id            UUID PRIMARY KEY,
    slug          TEXT NOT NULL REFERENCES support.portal_page (slug),
    language      TEXT NOT NULL CHECK (language IN ('nl', 'en', 'ro', 'bg', 'hu', 'es', 'pl')),
    version       INT  NOT NULL,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL,
    body          TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'REJECTED')),
    author_id     UUID,
    author_name   TEXT NOT NULL,
    author_org    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    submitted_at  TIMESTAMPTZ,
    reviewer_id   UUID,
    reviewer_name TEXT,
    reviewed_at   TIMESTAMPTZ,
    review_note   TEXT,
    UNIQUE (slug, language, version)
);
CREATE UNIQUE INDEX portal_page_one_published ON support.portal_page_version (slug, language) WHERE status = 'PUBLISHED';

CREATE TABLE support.help_organisation
(
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    what_nl     TEXT NOT NULL,
    what_en     TEXT NOT NULL,
    address     TEXT NOT NULL,
    phone       TEXT NOT NULL,
    hours       TEXT NOT NULL,
    website     TEXT NOT NULL,
    is_example  BOOLEAN NOT NULL,
    position    INT NOT NULL
);

-- Members: pseudonymous sex workers with their own login. No real name, no evidence of verification.
CREATE TABLE support.member
(
    id                UUID PRIMARY KEY,
    working_name      TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    email_enc         TEXT,
    alerts_by_email   BOOLEAN NOT NULL DEFAULT FALSE,
    language          TEXT NOT NULL DEFAULT 'nl',
    created_at        TIMESTAMPTZ NOT NULL,
    verified_by_org   TEXT,
    verified_on       DATE,
    demo              BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX member_working_name_unique ON support.member (lower(working_name));

-- Reports of dangerous clients. Details are encrypted; the reporter link goes when the member leaves.
CREATE TABLE support.incident_report
(
    id                   UUID PRIMARY KEY,
    member_id            UUID REFERENCES support.member (id) ON DELETE CASCADE,
    on_behalf_by_org     TEXT,
    categories           TEXT[] NOT NULL,
    occurred_on          DATE NOT NULL,
    municipality         TEXT NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    description_enc      TEXT NOT NULL,
    identifiers_enc      TEXT NOT NULL,
    descriptors_enc      TEXT,
    police_consent       BOOLEAN NOT NULL,
    police_consent_at    TIMESTAMPTZ,
    wants_police_help    BOOLEAN NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('SUBMITTED', 'PUBLISHED', 'REJECTED')),
    submitted_at         TIMESTAMPTZ NOT NULL,
    decided_at           TIMESTAMPTZ,
    decided_by_org       TEXT,
    CHECK (member_id IS NOT NULL OR on_behalf_by_org IS NOT NULL)
);

-- Published alerts: written by a moderator, identifiers masked; the report link is cut when the report goes.
CREATE TABLE support.alert
(
    id              UUID PRIMARY KEY,
    report_id       UUID REFERENCES support.incident_report (id) ON DELETE SET NULL,
    region          TEXT NOT NULL,
    severity        TEXT NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    categories      TEXT[] NOT NULL,
    summary         TEXT NOT NULL,
    occurred_on     DATE NOT NULL,
    published_at    TIMESTAMPTZ NOT NULL,
    published_by_org TEXT NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    withdrawn_at    TIMESTAMPTZ,
    withdrawn_reason TEXT,
    demo            BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE support.alert_identifier
(
    alert_id    UUID NOT NULL REFERENCES support.alert (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('PHONE', 'EMAIL', 'CAR_PLATE', 'NICKNAME')),
    masked      TEXT NOT NULL,
    blind_index TEXT NOT NULL,
    PRIMARY KEY (alert_id, kind, blind_index)
);
CREATE INDEX alert_identifier_by_index ON support.alert_identifier (kind, blind_index);

CREATE TABLE support.inbox_item
(
    member_id    UUID NOT NULL REFERENCES support.member (id) ON DELETE CASCADE,
    alert_id     UUID NOT NULL REFERENCES support.alert (id) ON DELETE CASCADE,
    delivered_at TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ,
    PRIMARY KEY (member_id, alert_id)
);

-- A client check leaves only that it happened and how many warnings it found: no number, no member.
CREATE TABLE support.client_check
(
    id         UUID PRIMARY KEY,
    checked_on DATE NOT NULL,
    warnings   INT  NOT NULL
);

CREATE TABLE support.objection
(
    id              UUID PRIMARY KEY,
    alert_reference TEXT,
    alert_id        UUID REFERENCES support.alert (id) ON DELETE SET NULL,
    message_enc     TEXT NOT NULL,
    contact_enc     TEXT,
    received_at     TIMESTAMPTZ NOT NULL,
    decision        TEXT CHECK (decision IN ('UPHELD', 'REJECTED')),
    decision_reason TEXT,
    decided_by_org  TEXT,
    decided_at      TIMESTAMPTZ
);

CREATE TABLE support.meetup
(
    id            UUID PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('PEER_MEETING', 'TRAINING')),
    title         TEXT NOT NULL,
    description   TEXT NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    place         TEXT NOT NULL,
    online        BOOLEAN NOT NULL,
    language      TEXT NOT NULL,
    capacity      INT NOT NULL CHECK (capacity > 0),
    organiser_org TEXT NOT NULL,
    cancelled     BOOLEAN NOT NULL DEFAULT FALSE,
    demo          BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE support.meetup_registration
(
    meetup_id     UUID NOT NULL REFERENCES support.meetup (id) ON DELETE CASCADE,
    member_id     UUID NOT NULL REFERENCES support.member (id) ON DELETE CASCADE,
    registered_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meetup_id, member_id)
);

CREATE TABLE support.member_tip
(
    id           UUID PRIMARY KEY,
    member_id    UUID REFERENCES support.member (id) ON DELETE CASCADE,
    language     TEXT NOT NULL CHECK (language IN ('nl', 'en', 'ro', 'bg', 'hu', 'es', 'pl')),
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('SUBMITTED', 'PUBLISHED', 'REJECTED')),
    submitted_at TIMESTAMPTZ NOT NULL,
    moderated_by_org TEXT,
    moderated_at TIMESTAMPTZ
);

-- The sounding-board group (klankbordgroep).
CREATE TABLE support.sounding_board_member
(
    member_id      UUID PRIMARY KEY REFERENCES support.member (id) ON DELETE CASCADE,
    consent_at     TIMESTAMPTZ NOT NULL,
    consent_text   TEXT NOT NULL
);

CREATE TABLE support.sounding_board_meeting
(
    id         UUID PRIMARY KEY,
    held_on    DATE NOT NULL,
    place      TEXT NOT NULL,
    agenda     TEXT NOT NULL,
    minutes    TEXT,
    created_by_org TEXT NOT NULL
);

CREATE TABLE support.sounding_board_compensation
(
    meeting_id   UUID NOT NULL REFERENCES support.sounding_board_meeting (id) ON DELETE CASCADE,
    member_id    UUID NOT NULL REFERENCES support.member (id) ON DELETE CASCADE,
    amount_cents INT  NOT NULL CHECK (amount_cents >= 0),
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE support.consultation
(
    id                  UUID PRIMARY KEY,
    title               TEXT NOT NULL,
    rulebook_version_id TEXT NOT NULL,
    draft_change        TEXT NOT NULL,
    closes_on           DATE NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    advice              TEXT,
    advice_recorded_at  TIMESTAMPTZ,
    created_by_org      TEXT NOT NULL
);

CREATE TABLE support.consultation_response
(
    consultation_id UUID NOT NULL REFERENCES support.consultation (id) ON DELETE CASCADE,
    member_id       UUID NOT NULL REFERENCES support.member (id) ON DELETE CASCADE,
    advice          TEXT NOT NULL,
    given_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consultation_id, member_id)
);

-- Care contacts: visible only to the organisation that recorded them (organisation_code in every query).
CREATE TABLE support.care_contact
(
    id                UUID PRIMARY KEY,
    organisation_code TEXT NOT NULL,
    pseudonym         TEXT NOT NULL,
    contact_on        DATE NOT NULL,
    topics            TEXT[] NOT NULL,
    referrals         TEXT[] NOT NULL,
    exit_phase        TEXT CHECK (exit_phase IN ('FIRST_CONTACT', 'INTAKE', 'PROGRAMME', 'AFTERCARE')),
    note_enc          TEXT,
    recorded_by       TEXT NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    demo              BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX care_contact_by_org ON support.care_contact (organisation_code, pseudonym);

-- The care-side access log: who of the care staff viewed or changed what, when and why. Never written
-- to the enforcement-side access log. Append-only for the care role, hash-chained.
CREATE TABLE support.care_access_log
(
    seq          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    actor_id     UUID,
    actor_name   TEXT NOT NULL,
    organisation TEXT NOT NULL,
    roles        TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT,
    subject      TEXT,
    purpose      TEXT NOT NULL,
    result       TEXT NOT NULL CHECK (result IN ('ALLOWED', 'DENIED')),
    previous_hash TEXT NOT NULL,
    hash         TEXT NOT NULL
);

-- Destruction records of the retention job, without personal data.
CREATE TABLE support.retention_run
(
    id           UUID PRIMARY KEY,
    ran_at       TIMESTAMPTZ NOT NULL,
    dry_run      BOOLEAN NOT NULL,
    alerts       INT NOT NULL,
    reports      INT NOT NULL,
    objections   INT NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON support.portal_page, support.portal_page_version, support.help_organisation TO ${careRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON support.member, support.incident_report, support.alert,
    support.alert_identifier, support.inbox_item, support.objection, support.meetup, support.meetup_registration,
    support.member_tip, support.sounding_board_member, support.sounding_board_meeting,
    support.sounding_board_compensation, support.consultation, support.consultation_response,
    support.care_contact TO ${careRole};
GRANT SELECT, INSERT, DELETE ON support.client_check TO ${careRole};
GRANT SELECT, INSERT ON support.care_access_log, support.retention_run TO ${careRole};
