-- Throttle counters of the support compartment (portal login, sign-up, objections, client check): the
-- same kit as platform's throttle_counter (ADR 0013), but behind the wall. Only the care role reads or
-- writes them; the application role cannot see which working names or members are being throttled.
CREATE TABLE support.throttle_counter
(
    name         TEXT                     NOT NULL, -- the use, e.g. 'login-client'
    key          TEXT                     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL, -- start of a fixed window; a fixed epoch for backoffs
    hits         INT                      NOT NULL,
    not_before   TIMESTAMP WITH TIME ZONE,          -- backoffs: the earliest next attempt
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (name, key, window_start)
);
CREATE INDEX throttle_counter_expires_idx ON support.throttle_counter (expires_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON support.throttle_counter TO ${careRole};
