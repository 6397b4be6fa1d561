-- The access log (NEN 7513 style): one row per view, search, change, export or print of anything about a
-- person or a case. Append-only for the application: its role may INSERT and SELECT, nothing else, so an
-- entry once written cannot be changed or removed by the application. What the owner role or a database
-- superuser could still do is made visible by the hash chain (docs/adr/0005-access-log-hash-chain.md).
--
-- No trigger and no sequence object: the grant is the guard, and the sequence number is previous + 1,
-- assigned under a transaction-scoped advisory lock, so a rolled-back append never leaves a gap that the
-- verifier would have to tell apart from a deleted entry.
CREATE SCHEMA audit;

CREATE TABLE audit.access_log
(
    seq                BIGINT      NOT NULL PRIMARY KEY CHECK (seq > 0),
    id                 UUID        NOT NULL UNIQUE,
    format             SMALLINT    NOT NULL,   -- version of the canonical form the hash was made over
    occurred_at        TIMESTAMPTZ NOT NULL,
    actor_id           UUID,                   -- null for an anonymous public request
    actor_name         TEXT,
    actor_roles        TEXT,                   -- role codes at the time, comma-separated
    actor_organisation TEXT,
    action             TEXT        NOT NULL,   -- VIEW, SEARCH, CREATE, CHANGE, DELETE, EXPORT, PRINT
    object_type        TEXT        NOT NULL,
    object_id          TEXT,
    subject_pseudonym  TEXT,
    purpose            TEXT        NOT NULL,
    result             TEXT        NOT NULL CHECK (result IN ('ALLOWED', 'DENIED')),
    prev_hash          TEXT        NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash               TEXT        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- "Who saw this record", by object and by person, in time order; the recent list and its filters.
CREATE INDEX access_log_by_object_idx ON audit.access_log (object_type, object_id, occurred_at);
CREATE INDEX access_log_by_subject_idx ON audit.access_log (subject_pseudonym, occurred_at)
    WHERE subject_pseudonym IS NOT NULL;
CREATE INDEX access_log_by_time_idx ON audit.access_log (occurred_at);
CREATE INDEX access_log_by_actor_id_idx ON audit.access_log (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX access_log_by_actor_name_idx ON audit.access_log (lower(actor_name));

REVOKE ALL ON SCHEMA audit FROM PUBLIC;
REVOKE ALL ON audit.access_log FROM PUBLIC;
GRANT USAGE ON SCHEMA audit TO ${appRole};
-- Only these two. No UPDATE, DELETE, TRUNCATE, REFERENCES or TRIGGER: a test proves UPDATE, DELETE and
-- TRUNCATE fail for the application role.
GRANT SELECT, INSERT ON audit.access_log TO ${appRole};
