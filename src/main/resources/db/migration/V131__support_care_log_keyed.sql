-- The care log's keyed form (docs/adr/0014-logs-an-insider-cannot-rewrite.md, review M6). New entries:
-- sequence numbers previous + 1 under the chain lock (no sequence object: it skips on rollback, and a gap
-- must mean a deletion), the actor as a keyed reference instead of the staff user's id, a length-prefixed
-- canonical form over every field at full time precision, HMAC-SHA256 with a key the database does not
-- hold. Entries of form 1 (pipe-joined, milliseconds, unkeyed) stay as they are and are still verified.
ALTER TABLE support.care_access_log ALTER COLUMN seq DROP IDENTITY IF EXISTS;

ALTER TABLE support.care_access_log
    ADD COLUMN format    SMALLINT NOT NULL DEFAULT 1,
    ADD COLUMN key_id    TEXT CHECK (key_id ~ '^[a-z0-9]{1,16}$'),
    ADD COLUMN actor_ref TEXT,
    ALTER COLUMN organisation DROP NOT NULL,
    ADD CONSTRAINT care_access_log_keyed_form_names_its_key CHECK (format = 1 OR key_id IS NOT NULL);
-- form 1 was the only one until now; a new entry states its form
ALTER TABLE support.care_access_log ALTER COLUMN format DROP DEFAULT;

CREATE INDEX care_access_log_by_organisation_idx ON support.care_access_log (organisation, seq);

-- Signed checkpoints of the care log's head, kept inside the compartment (docs/operations.md).
CREATE TABLE support.care_log_checkpoint
(
    id          UUID        NOT NULL PRIMARY KEY,
    seq         BIGINT      NOT NULL CHECK (seq >= 0),
    head        TEXT        NOT NULL CHECK (head ~ '^[0-9a-f]{64}$'),
    created_at  TIMESTAMPTZ NOT NULL,
    public_key  TEXT        NOT NULL,
    signature   TEXT        NOT NULL,
    breaks      BIGINT      NOT NULL CHECK (breaks >= 0)
);
CREATE INDEX care_log_checkpoint_by_time_idx ON support.care_log_checkpoint (created_at DESC);

REVOKE ALL ON support.care_log_checkpoint FROM PUBLIC;
GRANT SELECT, INSERT ON support.care_log_checkpoint TO ${careRole};
