-- Retention (R16): ended licences and refused applications are deleted after the rulebook's period.
-- One destruction record per category and run, with counts only (no numbers, names or references).
CREATE TABLE register.destruction_record
(
    id                   UUID PRIMARY KEY,
    run_at               TIMESTAMPTZ NOT NULL,
    category             TEXT        NOT NULL CHECK (category IN ('LICENCE_APPLICATION_REFUSED', 'LICENCE_ENDED')),
    retention            TEXT        NOT NULL,
    ended_before         DATE        NOT NULL,
    applications_deleted INT         NOT NULL CHECK (applications_deleted >= 0),
    licences_deleted     INT         NOT NULL CHECK (licences_deleted >= 0),
    documents_deleted    INT         NOT NULL CHECK (documents_deleted >= 0)
);

GRANT SELECT, INSERT ON register.destruction_record TO ${appRole};
-- the retention job deletes licences (their managers and history go along by cascade)
GRANT DELETE ON register.licence TO ${appRole};
