-- The access log's keyed form (docs/adr/0014-logs-an-insider-cannot-rewrite.md): every new entry is MACed
-- with a key the database does not hold (HMAC-SHA256, form 2) and names that key; entries of form 1 keep
-- their plain SHA-256 and are still verified as they are. The municipality of the record an entry is about
-- lets a municipality's privacy officer see the accesses to their own records (review M10).
ALTER TABLE audit.access_log
    ADD COLUMN municipality TEXT CHECK (municipality ~ '^GM[0-9]{4}$'),
    ADD COLUMN key_id       TEXT CHECK (key_id ~ '^[a-z0-9]{1,16}$'),
    ADD CONSTRAINT access_log_keyed_form_names_its_key CHECK (format = 1 OR key_id IS NOT NULL);

-- The privacy officer's view: by organisation or by municipality, newest first.
CREATE INDEX access_log_by_organisation_idx ON audit.access_log (actor_organisation, seq);
CREATE INDEX access_log_by_municipality_idx ON audit.access_log (municipality, seq) WHERE municipality IS NOT NULL;

-- Signed checkpoints of the chain's head (sequence number, MAC, time), made periodically and on demand. The
-- copy that counts is the one outside the database (mailed to the privacy officer, downloaded); this table
-- lets them be downloaded again and lets the page compare the chain with them. Append-only like the log.
CREATE TABLE audit.checkpoint
(
    id          UUID        NOT NULL PRIMARY KEY,
    seq         BIGINT      NOT NULL CHECK (seq >= 0),
    head        TEXT        NOT NULL CHECK (head ~ '^[0-9a-f]{64}$'),
    created_at  TIMESTAMPTZ NOT NULL,
    public_key  TEXT        NOT NULL,
    signature   TEXT        NOT NULL,
    breaks      BIGINT      NOT NULL CHECK (breaks >= 0)   -- what the verification before signing found
);
CREATE INDEX checkpoint_by_time_idx ON audit.checkpoint (created_at DESC);

REVOKE ALL ON audit.checkpoint FROM PUBLIC;
GRANT SELECT, INSERT ON audit.checkpoint TO ${appRole};
