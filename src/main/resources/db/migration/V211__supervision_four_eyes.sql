-- Four eyes in supervision (issue 17, ADR 0022).
-- An enforcement step the rulebook puts under four eyes is recorded as PENDING and takes effect (counts on the
-- ladder, has a letter, goes to the register) only when a second case worker approves it; steps taken before this
-- migration took effect when they were taken.
ALTER TABLE supervision.enforcement_action
    ADD COLUMN approval_state  TEXT NOT NULL DEFAULT 'APPROVED'
        CHECK (approval_state IN ('PENDING', 'APPROVED', 'REJECTED')),
    ADD COLUMN requested_by_id UUID,
    ADD COLUMN approved_by     TEXT,
    ADD COLUMN approved_at     TIMESTAMPTZ;
ALTER TABLE supervision.enforcement_action ALTER COLUMN approval_state DROP DEFAULT;
CREATE INDEX enforcement_pending_idx ON supervision.enforcement_action (municipality) WHERE approval_state = 'PENDING';

-- A control's report is first SUBMITTED (on or after the control's date) and locked (REPORTED) when a second team
-- member approves it; the trigger of V60 keeps a REPORTED row locked.
ALTER TABLE supervision.control
    DROP CONSTRAINT control_state_check,
    ADD COLUMN submitted_by    TEXT,
    ADD COLUMN submitted_by_id UUID,
    ADD COLUMN submitted_at    TIMESTAMPTZ,
    ADD COLUMN locked_by       TEXT;
ALTER TABLE supervision.control
    ADD CONSTRAINT control_state_check CHECK (state IN ('PLANNED', 'SUBMITTED', 'REPORTED')),
    ADD CONSTRAINT control_submitted_check CHECK (state <> 'SUBMITTED' OR (submitted_at IS NOT NULL AND outcome IS NOT NULL));
