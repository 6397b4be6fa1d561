-- One ladder for all 18 municipalities, joined to the register (issue 13, ADR 0016).
-- * A deviation names a reason from the rulebook's list (deviation_reason_code); the free text, if any, stays a
--   note (encrypted as before). Older steps keep their free-text reason.
-- * Steps are taken by the regional team or by a municipality's own enforcement officer (by_team).
-- * A suspension or revocation of a licence becomes a decision proposal in the register (register_proposal_id);
--   its answer (register_outcome) decides whether the step counts: a declined proposal is no step.
-- * The register's own suspensions and revocations count as steps on the licence (register_step).
ALTER TABLE supervision.enforcement_action
    ADD COLUMN deviation_reason_code TEXT CHECK (deviation_reason_code ~ '^[A-Z][A-Z_]*$'),
    ADD COLUMN by_team               BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN register_proposal_id  UUID,
    ADD COLUMN register_outcome      TEXT CHECK (register_outcome IN ('PROPOSED', 'ADOPTED', 'DECLINED'));
ALTER TABLE supervision.enforcement_action DROP CONSTRAINT enforcement_action_check;
ALTER TABLE supervision.enforcement_action ADD CONSTRAINT enforcement_action_deviation_has_reason
    CHECK (step_code = proposed_step_code OR deviation_reason_code IS NOT NULL OR deviation_reason IS NOT NULL);

CREATE TABLE supervision.register_step
(
    decision_id      UUID PRIMARY KEY, -- the register's decision
    licence_number   TEXT        NOT NULL,
    municipality     TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    step_code        TEXT        NOT NULL CHECK (step_code IN ('SUSPENSION', 'REVOCATION')),
    decided_on       DATE        NOT NULL,
    source_action_id UUID,             -- the ladder's step it adopted, if any
    recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX register_step_licence_idx ON supervision.register_step (licence_number);
GRANT SELECT, INSERT ON supervision.register_step TO ${appRole};
