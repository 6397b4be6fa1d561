-- The rows an import derives from each snapshot (entities, indicators, mobility moves) arrive by the ten
-- thousand in one COPY. A foreign key checks and locks the snapshot row once per derived row: for 100,000 ads
-- that is 560,000 look-ups and tuple locks, about 11 s of database CPU of a 56 s import (docs/benchmarks.md,
-- "Ad import"; ADR 0011). The same two guarantees, set-based, once per statement:
--   * a derived row must refer to an existing snapshot (checked after each INSERT or UPDATE statement);
--   * deleting snapshots deletes their derived rows (after each DELETE statement on adintel.snapshot).
-- A foreign key also stops another transaction from deleting the snapshot until the referring transaction
-- ends. Here that cannot happen: entities and indicators are only written for snapshots new in the same
-- transaction, and the only statement deleting snapshots (adintel.delete_ads, below) now waits for a running
-- import through the import's advisory lock.

ALTER TABLE adintel.entity DROP CONSTRAINT entity_snapshot_id_fkey;
ALTER TABLE adintel.indicator DROP CONSTRAINT indicator_snapshot_id_fkey;
ALTER TABLE adintel.mobility_move DROP CONSTRAINT mobility_move_snapshot_id_fkey;

CREATE FUNCTION adintel.require_snapshots() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = adintel, pg_temp
AS
$$
DECLARE
    missing UUID;
BEGIN
    SELECT n.snapshot_id INTO missing
    FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM adintel.snapshot s WHERE s.id = n.snapshot_id)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME,
            MESSAGE = format('adintel.%s: snapshot_id %s is not a stored snapshot', TG_TABLE_NAME, missing);
    END IF;
    RETURN NULL;
END;
$$;

-- <table>_snapshot_inserted and <table>_snapshot_updated on each of the three tables
DO
$$
    DECLARE
        t TEXT;
    BEGIN
        FOREACH t IN ARRAY ARRAY ['entity', 'indicator', 'mobility_move']
            LOOP
                EXECUTE format('CREATE TRIGGER %1$I AFTER INSERT ON adintel.%2$I REFERENCING NEW TABLE AS new_rows'
                                   || ' FOR EACH STATEMENT EXECUTE FUNCTION adintel.require_snapshots()',
                               t || '_snapshot_inserted', t);
                EXECUTE format('CREATE TRIGGER %1$I AFTER UPDATE ON adintel.%2$I REFERENCING NEW TABLE AS new_rows'
                                   || ' FOR EACH STATEMENT EXECUTE FUNCTION adintel.require_snapshots()',
                               t || '_snapshot_updated', t);
            END LOOP;
    END;
$$;

-- the cascade the foreign keys had, per statement; the owner's rights, as the application role may not delete
-- entities and indicators itself
CREATE FUNCTION adintel.delete_derived_rows() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = adintel, pg_temp
AS
$$
BEGIN
    DELETE FROM adintel.entity e USING old_rows o WHERE e.snapshot_id = o.id;
    DELETE FROM adintel.indicator i USING old_rows o WHERE i.snapshot_id = o.id;
    DELETE FROM adintel.mobility_move m USING old_rows o WHERE m.snapshot_id = o.id;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION adintel.delete_derived_rows() FROM PUBLIC;

CREATE TRIGGER snapshot_deleted AFTER DELETE ON adintel.snapshot
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION adintel.delete_derived_rows();

-- retention waits for a running import (AdImports.ADVISORY_LOCK, "AdImport" as a number), so no import can
-- refer to a snapshot that is being deleted
CREATE OR REPLACE FUNCTION adintel.delete_ads(ids UUID[], OUT ads_deleted INT, OUT snapshots_deleted INT)
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = adintel, pg_temp
AS
$$
DECLARE
    doomed UUID[];
BEGIN
    PERFORM pg_advisory_xact_lock(4711971844522996340);
    SELECT coalesce(array_agg(a.id), '{}') INTO doomed
    FROM adintel.ad a
    WHERE a.id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM adintel.hold h WHERE h.ad_id = a.id);
    DELETE FROM adintel.mobility_move WHERE ad_id = ANY (doomed);
    DELETE FROM adintel.snapshot WHERE ad_id = ANY (doomed);
    GET DIAGNOSTICS snapshots_deleted = ROW_COUNT;
    DELETE FROM adintel.ad WHERE id = ANY (doomed);
    GET DIAGNOSTICS ads_deleted = ROW_COUNT;
END;
$$;
REVOKE ALL ON FUNCTION adintel.delete_ads(UUID[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION adintel.delete_ads(UUID[]) TO ${appRole};
