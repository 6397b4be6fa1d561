-- Throttle counters of every module but support (ADR 0013), shared by all application nodes on this
-- database. A key is never a client address: it is an HMAC of the address (platform.ClientKeys), a user
-- name, an actor id or a keyed hash of a looked-up value. Rows live for at most two windows; a job on
-- every node deletes expired rows.
CREATE TABLE public.throttle_counter
(
    name         TEXT                     NOT NULL, -- the use, e.g. 'login-client'
    key          TEXT                     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL, -- start of a fixed window; a fixed epoch for backoffs
    hits         INT                      NOT NULL,
    not_before   TIMESTAMP WITH TIME ZONE,          -- backoffs: the earliest next attempt
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, key, window_start)
);
CREATE INDEX throttle_counter_expires_idx ON public.throttle_counter (expires_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON public.throttle_counter TO ${appRole};
