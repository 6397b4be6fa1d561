-- Reporting (issue 14, ADR 0017): the statistics store. It holds counts, codes and days only: no name, no
-- phone number, no address and not even the ids of the records counted (a fact's key is a hash of the event
-- and its id, only to count each event once). So the counts outlive the records that retention deletes.
CREATE SCHEMA reporting;
GRANT USAGE ON SCHEMA reporting TO ${appRole};

-- The journal: every count reporting derived from a published fact, append-only. daily_count is rebuilt
-- from it (`java -jar ienline.jar reporting rebuild`) and must then equal what the facts built one by one.
CREATE TABLE reporting.fact
(
    seq          BIGSERIAL PRIMARY KEY,
    event_key    TEXT        NOT NULL CHECK (event_key ~ '^[0-9a-f]{32}$'),
    day          DATE        NOT NULL,
    municipality TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$' OR municipality = ''),
    measure      TEXT        NOT NULL,
    dimension    TEXT        NOT NULL,
    delta        INT         NOT NULL CHECK (delta <> 0),
    demo         BOOLEAN     NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (event_key, measure, dimension, day)
);

-- One row per day × municipality × measure × breakdown value ('' = none; for a duration the number of days).
-- municipality '' = not attributable to a municipality (e.g. an anonymous report that named none).
CREATE TABLE reporting.daily_count
(
    day          DATE   NOT NULL,
    municipality TEXT   NOT NULL,
    measure      TEXT   NOT NULL,
    dimension    TEXT   NOT NULL,
    value        BIGINT NOT NULL,
    PRIMARY KEY (day, measure, municipality, dimension)
);
CREATE INDEX daily_count_measure_idx ON reporting.daily_count (measure, day);

-- A number that grows with every change of the counts (in the same transaction), so the application can keep
-- the cubes of a year in memory until the next change, also with several instances.
CREATE TABLE reporting.store_version
(
    id      BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    version BIGINT NOT NULL
);
INSERT INTO reporting.store_version (id, version) VALUES (TRUE, 0);

-- Where an ad network has been seen (hashed network id), to count its moves between municipalities.
CREATE TABLE reporting.network_presence
(
    network_key  TEXT NOT NULL CHECK (network_key ~ '^[0-9a-f]{32}$'),
    municipality TEXT NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    first_day    DATE NOT NULL,
    PRIMARY KEY (network_key, municipality)
);

-- The care compartment's anonymous regional figures per period ('2026', '2026-Q3'), as SupportFigures showed
-- them (already suppressed there). A closed period is captured once and kept; the running one is refreshed.
CREATE TABLE reporting.care_figure
(
    period      TEXT        NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4])?$'),
    measure     TEXT        NOT NULL,
    shown       TEXT        NOT NULL,
    suppressed  BOOLEAN     NOT NULL,
    closed      BOOLEAN     NOT NULL,
    demo        BOOLEAN     NOT NULL,
    captured_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (period, measure)
);

GRANT SELECT, INSERT ON reporting.fact TO ${appRole};
GRANT USAGE ON SEQUENCE reporting.fact_seq_seq TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON reporting.daily_count TO ${appRole};
GRANT SELECT, INSERT ON reporting.network_presence TO ${appRole};
GRANT SELECT, UPDATE ON reporting.store_version TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON reporting.care_figure TO ${appRole};
