-- The rulebook module: every version of the regional rulebook that ienline has ever loaded, exactly as it
-- was, so a decision can always be traced to the rules it was made under. Rows are never changed or
-- deleted; the only update is stamping the moment a version first became the active one.
CREATE SCHEMA rulebook;

CREATE TABLE rulebook.versions
(
    id                 TEXT                     NOT NULL PRIMARY KEY CHECK (id ~ '^[0-9]{4}\.[0-9]{1,3}$'),
    effective_from     DATE                     NOT NULL UNIQUE,
    content            JSONB                    NOT NULL,
    content_sha256     TEXT                     NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    source_name        TEXT                     NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    first_activated_at TIMESTAMP WITH TIME ZONE
);

COMMENT ON TABLE rulebook.versions IS 'Every rulebook version ever loaded; content is the canonical JSON of the version file';
COMMENT ON COLUMN rulebook.versions.content_sha256 IS 'SHA-256 of the canonical JSON; a bundled file with the same id and another hash is refused';
COMMENT ON COLUMN rulebook.versions.first_activated_at IS 'First moment the running application used this version as the active one';

-- Published versions are immutable: only first_activated_at may be set, and only once.
CREATE FUNCTION rulebook.versions_are_immutable() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'rulebook version % is kept forever', OLD.id;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.effective_from IS DISTINCT FROM OLD.effective_from
        OR NEW.content IS DISTINCT FROM OLD.content OR NEW.content_sha256 IS DISTINCT FROM OLD.content_sha256
        OR NEW.source_name IS DISTINCT FROM OLD.source_name OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at
        OR (OLD.first_activated_at IS NOT NULL AND NEW.first_activated_at IS DISTINCT FROM OLD.first_activated_at) THEN
        RAISE EXCEPTION 'rulebook version % cannot be changed; add a new version instead', OLD.id;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER versions_are_immutable
    BEFORE UPDATE OR DELETE ON rulebook.versions
    FOR EACH ROW EXECUTE FUNCTION rulebook.versions_are_immutable();

GRANT USAGE ON SCHEMA rulebook TO ${appRole};
GRANT SELECT, INSERT ON rulebook.versions TO ${appRole};
GRANT UPDATE (first_activated_at) ON rulebook.versions TO ${appRole};
