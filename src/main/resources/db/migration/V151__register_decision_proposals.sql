-- The ladder joined to the register (issue 13, ADR 0016): a suspension or revocation step proposed by the
-- supervision team or a municipality's own enforcement officer becomes a decision proposal here, for the
-- licensing officer of the licence's municipality, who adopts it (the licence changes state) or declines it.
-- Ids, codes and dates only; the reasons and the letter are the register's own.
CREATE TABLE register.decision_proposal
(
    id                   UUID PRIMARY KEY,
    licence_id           UUID        NOT NULL REFERENCES register.licence (id),
    licence_number       TEXT        NOT NULL,
    municipality         TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    kind                 TEXT        NOT NULL CHECK (kind IN ('SUSPENSION', 'REVOCATION')),
    source_action_id     UUID        NOT NULL UNIQUE, -- the supervision step it comes from
    proposed_by_team     BOOLEAN     NOT NULL,
    deviation_reason     TEXT,                        -- the rulebook's deviation reason code, if the step deviated
    rulebook_version     TEXT        NOT NULL,
    proposed_on          DATE        NOT NULL,
    proposed_by          TEXT        NOT NULL,
    state                TEXT        NOT NULL CHECK (state IN ('PROPOSED', 'ADOPTED', 'DECLINED')),
    decided_on           DATE,
    decided_by           TEXT,
    suspended_until      DATE,
    decision_reason      TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    CHECK ((state = 'PROPOSED') = (decided_on IS NULL)),
    CHECK (state <> 'ADOPTED' OR kind <> 'SUSPENSION' OR suspended_until IS NOT NULL)
);
CREATE INDEX decision_proposal_open_idx ON register.decision_proposal (municipality, state, proposed_on);
GRANT SELECT, INSERT, UPDATE ON register.decision_proposal TO ${appRole};
