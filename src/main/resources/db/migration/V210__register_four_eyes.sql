-- Four eyes in the register (issue 17, ADR 0022). A licence decision that the rulebook puts under four eyes is first
-- proposed by one officer (register.pending_decision) and takes effect only when a second officer with the
-- municipality in scope approves it (paraaf); who approved and when is kept with the decision. Adopting a proposal to
-- suspend or revoke a licence waits in ADOPTION_PENDING until a second officer approves it in the same way.
CREATE TABLE register.pending_decision
(
    application_id UUID PRIMARY KEY REFERENCES register.application (id) ON DELETE CASCADE,
    outcome        TEXT        NOT NULL CHECK (outcome IN ('GRANTED', 'GRANTED_WITH_CONDITIONS', 'REFUSED')),
    conditions     TEXT[]      NOT NULL,
    reason         TEXT        NOT NULL,
    proposed_by    TEXT        NOT NULL,
    proposed_by_id UUID        NOT NULL,
    proposed_at    TIMESTAMPTZ NOT NULL
);
GRANT SELECT, INSERT, UPDATE, DELETE ON register.pending_decision TO ${appRole};

ALTER TABLE register.application
    ADD COLUMN decision_approved_by TEXT,
    ADD COLUMN decision_approved_at TIMESTAMPTZ;

ALTER TABLE register.decision_proposal
    DROP CONSTRAINT decision_proposal_state_check,
    DROP CONSTRAINT decision_proposal_check,
    ADD COLUMN requested_by_id UUID,
    ADD COLUMN requested_at    TIMESTAMPTZ,
    ADD COLUMN approved_by     TEXT,
    ADD COLUMN approved_at     TIMESTAMPTZ;
ALTER TABLE register.decision_proposal
    ADD CONSTRAINT decision_proposal_state_check
        CHECK (state IN ('PROPOSED', 'ADOPTION_PENDING', 'ADOPTED', 'DECLINED')),
    ADD CONSTRAINT decision_proposal_decided_check CHECK ((state = 'PROPOSED') = (decided_on IS NULL)),
    ADD CONSTRAINT decision_proposal_pending_check
        CHECK (state <> 'ADOPTION_PENDING' OR (requested_by_id IS NOT NULL AND requested_at IS NOT NULL));
