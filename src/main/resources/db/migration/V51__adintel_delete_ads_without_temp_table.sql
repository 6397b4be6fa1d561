-- adintel.delete_ads without a temporary table: the owner role needs no TEMP privilege on the database
-- (an external database may grant the owner only its schemas). Same contract as in V50.
CREATE OR REPLACE FUNCTION adintel.delete_ads(ids UUID[], OUT ads_deleted INT, OUT snapshots_deleted INT)
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = adintel, pg_temp
AS
$$
DECLARE
    doomed UUID[];
BEGIN
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
