-- Four eyes on sharing a signal with the police (issue 17, ADR 0022). The share register (signals.share) stays
-- append-only and holds only what was shared: a share with the police waits in signals.pending_share until a second
-- person with the triage role approves it, and is then written to the register with who approved it and when.
CREATE TABLE signals.pending_share
(
    id                 UUID PRIMARY KEY,
    signal_id          UUID        NOT NULL REFERENCES signals.signal (id) ON DELETE CASCADE,
    requested_at       TIMESTAMPTZ NOT NULL,
    requested_by       UUID        NOT NULL,
    requested_by_name  TEXT        NOT NULL,
    requested_by_org   TEXT        NOT NULL,
    recipient_kind     TEXT        NOT NULL CHECK (recipient_kind IN
                                                   ('POLICE_AVIM', 'COMENSHA', 'CARE_COORDINATOR', 'RIEC', 'MUNICIPALITY')),
    recipient_org      TEXT        NOT NULL,
    fields             TEXT[]      NOT NULL CHECK (cardinality(fields) > 0),
    legal_basis_code   TEXT        NOT NULL,
    legal_basis_label  TEXT        NOT NULL,
    consent            TEXT CHECK (consent IN ('GIVEN', 'NOT_NEEDED')),
    consent_reason_enc TEXT
);
CREATE INDEX pending_share_signal_idx ON signals.pending_share (signal_id);
GRANT SELECT, INSERT, DELETE ON signals.pending_share TO ${appRole};
GRANT UPDATE (consent_reason_enc) ON signals.pending_share TO ${appRole};

ALTER TABLE signals.share
    ADD COLUMN approved_by      UUID,
    ADD COLUMN approved_by_name TEXT,
    ADD COLUMN approved_at      TIMESTAMPTZ;
