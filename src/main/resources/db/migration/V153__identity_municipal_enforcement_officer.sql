-- A municipality's own enforcement officer (issue 13, ADR 0016): the role MUNICIPAL_ENFORCEMENT_OFFICER is an
-- enforcement role, so the wall in the database must count it too: no account holds it with a care role.
DO
$$
    DECLARE
        wall TEXT;
    BEGIN
        SELECT conname INTO wall FROM pg_constraint
        WHERE conrelid = 'identity.staff_user'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%CARE_WORKER%';
        IF wall IS NOT NULL THEN
            EXECUTE format('ALTER TABLE identity.staff_user DROP CONSTRAINT %I', wall);
        END IF;
    END
$$;
ALTER TABLE identity.staff_user ADD CONSTRAINT staff_user_wall
    CHECK (NOT (roles && ARRAY ['CARE_WORKER', 'SOUNDING_BOARD_COORDINATOR']
        AND roles && ARRAY ['LICENSING_OFFICER', 'INSPECTOR', 'TEAM_COORDINATOR', 'RIEC_ANALYST',
                            'POLICE_LIAISON', 'POLICY_ADVISOR', 'MUNICIPAL_ENFORCEMENT_OFFICER']));
