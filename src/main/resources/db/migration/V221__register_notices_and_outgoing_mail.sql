-- Issue 16 / ADR 0023: every step that concerns the applicant leaves a notice in the file, and an e-mail that
-- only says there is one (with a link; the content is read after signing in with the follow-up code).
-- The mail is a transactional outbox: written in the step's transaction, sent after commit, retried by a job
-- until it is sent; its state is shown on the file and in /app/uitgaande-post.
CREATE TABLE register.notice
(
    id             UUID PRIMARY KEY,
    application_id UUID        NOT NULL REFERENCES register.application (id) ON DELETE CASCADE,
    kind           TEXT        NOT NULL CHECK (kind IN ('RECEIPT', 'INFORMATION_REQUESTED', 'TERM_SUSPENDED_BIBOB',
                                                        'TERM_EXTENDED', 'DECISION', 'RENEWAL_REMINDER',
                                                        'LICENCE_SUSPENDED', 'LICENCE_REVOKED', 'OBJECTION_DECIDED')),
    variant        TEXT CHECK (variant ~ '^[A-Z_]{1,40}$'),
    -- the values the text is filled with (dates, terms, the officer's question), encrypted by the key kit
    args_enc       TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    read_at        TIMESTAMPTZ
);
CREATE INDEX notice_by_application_idx ON register.notice (application_id, created_at);

CREATE TABLE register.outgoing_mail
(
    id              UUID PRIMARY KEY,
    notice_id       UUID        NOT NULL REFERENCES register.notice (id) ON DELETE CASCADE,
    municipality    TEXT        NOT NULL,
    recipient_enc   TEXT        NOT NULL,
    -- subject and body hold no personal data by construction: a fixed text, the application reference and a link
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('QUEUED', 'SENT', 'FAILED', 'IN_OUTBOX')),
    attempts        INT         NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT
);
CREATE INDEX outgoing_mail_due_idx ON register.outgoing_mail (next_attempt_at) WHERE state IN ('QUEUED', 'FAILED');
CREATE INDEX outgoing_mail_by_municipality_idx ON register.outgoing_mail (municipality, created_at DESC);

GRANT SELECT, INSERT, UPDATE, DELETE ON register.notice TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON register.outgoing_mail TO ${appRole};
