-- Help organisations edited like portal pages: every change is a version (draft -> in review -> published
-- by a second editor -> superseded), kept as the history; publishing copies the version into
-- support.help_organisation, which the portal reads. A retirement is a version too (change = 'RETIRE'),
-- reviewed the same way, after which the organisation no longer shows on the portal.
ALTER TABLE support.help_organisation
    ADD COLUMN languages    TEXT[] NOT NULL DEFAULT '{}',   -- languages the organisation can help in
    ADD COLUMN descriptions JSONB  NOT NULL DEFAULT '{}',   -- what they do, per portal language
    ADD COLUMN retired_at   TIMESTAMPTZ;

UPDATE support.help_organisation SET descriptions = jsonb_build_object('nl', what_nl, 'en', what_en),
                                     languages = ARRAY['nl', 'en'];

CREATE TABLE support.help_organisation_version
(
    id            UUID PRIMARY KEY,
    code          TEXT NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{1,40}$'),
    version       INT  NOT NULL,
    change        TEXT NOT NULL CHECK (change IN ('SAVE', 'RETIRE')),
    name          TEXT NOT NULL,
    address       TEXT NOT NULL,
    phone         TEXT NOT NULL,
    hours         TEXT NOT NULL,
    website       TEXT NOT NULL,
    languages     TEXT[] NOT NULL,
    descriptions  JSONB NOT NULL CHECK (descriptions ? 'nl'),
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
    UNIQUE (code, version)
);
CREATE UNIQUE INDEX help_organisation_one_published ON support.help_organisation_version (code) WHERE status = 'PUBLISHED';
CREATE UNIQUE INDEX help_organisation_one_open ON support.help_organisation_version (code) WHERE status IN ('DRAFT', 'IN_REVIEW');

-- The seeded organisations become version 1 of their history.
INSERT INTO support.help_organisation_version (id, code, version, change, name, address, phone, hours, website, languages,
                                               descriptions, status, author_name, author_org, created_at, submitted_at,
                                               reviewer_name, reviewed_at)
SELECT gen_random_uuid(), code, 1, 'SAVE', name, address, phone, hours, website, languages, descriptions, 'PUBLISHED',
       'ienline (eerste versie)', 'SEED', now(), now(), 'ienline (eerste versie)', now()
FROM support.help_organisation;

GRANT SELECT, INSERT, UPDATE ON support.help_organisation_version TO ${careRole};
