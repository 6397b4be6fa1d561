-- Every scheduled job runs once per schedule across application nodes (issue 18, ADR 0021): ShedLock's
-- table. A node that starts a job holds its row until lock_until; the others skip that run.
CREATE TABLE public.scheduler_lock
(
    name       VARCHAR(64)              NOT NULL,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255)             NOT NULL,
    CONSTRAINT scheduler_lock_pk PRIMARY KEY (name)
);

GRANT SELECT, INSERT, UPDATE ON public.scheduler_lock TO ${appRole};
