-- Ad intelligence: imported ad snapshots (immutable evidence), what was extracted from them, and the
-- clusters, networks and moves the engine found. Documented in docs/adintel-storage.md.
-- Personal data here: ad text and the identifiers in it (phone numbers, e-mail addresses, handles).
-- Identifiers carry a keyed HMAC blind index (key outside the database) for search and for other modules.
CREATE SCHEMA adintel;
GRANT USAGE ON SCHEMA adintel TO ${appRole};

-- One completed import. A rejected import (any bad line) stores nothing, not even this row; its
-- attempt is in the access log.
CREATE TABLE adintel.import
(
    id                 UUID PRIMARY KEY,
    source_kind        TEXT        NOT NULL CHECK (source_kind IN ('UI', 'API', 'COMMAND', 'DEMO')),
    imported_by        TEXT        NOT NULL, -- user name of the staff member, or 'system'
    imported_by_id     UUID,                 -- staff user id, when a person imported
    started_at         TIMESTAMPTZ NOT NULL,
    completed_at       TIMESTAMPTZ NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('COMPLETED')),
    lines              INT         NOT NULL CHECK (lines >= 0),
    snapshots_read     INT         NOT NULL CHECK (snapshots_read >= 0),
    new_snapshots      INT         NOT NULL CHECK (new_snapshots >= 0),
    repeated_snapshots INT         NOT NULL CHECK (repeated_snapshots >= 0),
    new_ads            INT         NOT NULL CHECK (new_ads >= 0),
    demo               BOOLEAN     NOT NULL DEFAULT FALSE
);
GRANT SELECT, INSERT ON adintel.import TO ${appRole};

-- One ad on one site (source + sourceAdId), with a stable id. The columns after last_seen_at are the
-- ad's current state, taken from its latest snapshot and from the engine.
CREATE TABLE adintel.ad
(
    id                 UUID PRIMARY KEY,
    source             TEXT        NOT NULL,
    source_ad_id       TEXT        NOT NULL,
    first_seen_at      TIMESTAMPTZ NOT NULL, -- earliest capturedAt
    last_seen_at       TIMESTAMPTZ NOT NULL, -- latest capturedAt, also of a repeated snapshot (retention counts from here)
    latest_snapshot_id UUID        NOT NULL,
    municipality       TEXT CHECK (municipality ~ '^GM[0-9]{4}$'),
    licence_check      TEXT        NOT NULL CHECK (licence_check IN
                                                   ('LICENSED', 'LICENCE_MISMATCH', 'INVALID_LICENCE',
                                                    'NO_LICENCE_NUMBER', 'OUTSIDE_FRYSLAN')),
    risk_score         INT         NOT NULL DEFAULT 0,
    cluster_id         UUID,                 -- adintel.cluster, null when in no cluster
    network_id         UUID,                 -- adintel.network, null when linked to nothing
    demo               BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (source, source_ad_id)
);
CREATE INDEX ad_municipality_idx ON adintel.ad (municipality, licence_check);
CREATE INDEX ad_cluster_idx ON adintel.ad (cluster_id);
CREATE INDEX ad_network_idx ON adintel.ad (network_id);
CREATE INDEX ad_last_seen_idx ON adintel.ad (last_seen_at);
GRANT SELECT, INSERT, UPDATE ON adintel.ad TO ${appRole};

-- One capture of one ad: immutable evidence. The application role may only INSERT and SELECT; deletion
-- (retention) goes through adintel.delete_ads, owned by the owner role.
CREATE TABLE adintel.snapshot
(
    id              UUID PRIMARY KEY,
    -- both deferred: an import writes snapshots first and its ads and import row at the end
    ad_id           UUID        NOT NULL REFERENCES adintel.ad (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    import_id       UUID        NOT NULL REFERENCES adintel.import (id) DEFERRABLE INITIALLY DEFERRED,
    line            INT         NOT NULL, -- line in the import file
    source          TEXT        NOT NULL,
    source_ad_id    TEXT        NOT NULL,
    content_hash    TEXT        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    captured_at     TIMESTAMPTZ NOT NULL,
    imported_at     TIMESTAMPTZ NOT NULL,
    -- the fields as imported
    url             TEXT,
    title           TEXT,
    body            TEXT        NOT NULL,
    location        TEXT,
    postcode        TEXT,
    claimed_age     INT,
    phones          TEXT[]      NOT NULL,
    emails          TEXT[]      NOT NULL,
    image_sha256    TEXT[]      NOT NULL,
    image_dhash     TEXT[]      NOT NULL, -- same length as image_sha256; '' when the image had no dHash
    licence_number  TEXT,
    -- what the import derived from them (with the rulebook and register of that moment)
    full_text       TEXT        NOT NULL, -- title, a line break, body: the text entity spans refer to
    municipality    TEXT CHECK (municipality ~ '^GM[0-9]{4}$'),
    licence_check   TEXT        NOT NULL,
    extracted_age   INT,
    risk_score      INT         NOT NULL,
    demo            BOOLEAN     NOT NULL DEFAULT FALSE,
    UNIQUE (source, source_ad_id, content_hash)
);
CREATE INDEX snapshot_ad_idx ON adintel.snapshot (ad_id, captured_at);
CREATE INDEX snapshot_import_idx ON adintel.snapshot (import_id);
GRANT SELECT, INSERT ON adintel.snapshot TO ${appRole};

-- Identifiers and other values found in a snapshot. span_start/span_end index full_text ([start, end));
-- null when the value came from a structured field. blind_index is the keyed HMAC of the normalised value
-- (phones, e-mail addresses, handles, licence numbers); other modules only ever see the blind index.
CREATE TABLE adintel.entity
(
    snapshot_id  UUID NOT NULL REFERENCES adintel.snapshot (id) ON DELETE CASCADE,
    position     INT  NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('PHONE', 'EMAIL', 'URL', 'HANDLE', 'LICENCE_NUMBER', 'TOWN', 'CLAIMED_AGE')),
    value        TEXT NOT NULL, -- E.164, lowercase e-mail, URL, platform:handle, canonical licence number, town, age
    blind_index  TEXT,
    municipality TEXT CHECK (municipality ~ '^GM[0-9]{4}$'), -- the town's, or the licence number's
    span_start   INT,
    span_end     INT,
    PRIMARY KEY (snapshot_id, position),
    CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_start IS NULL OR span_end >= span_start))
);
CREATE INDEX entity_blind_index_idx ON adintel.entity (blind_index) WHERE blind_index IS NOT NULL;
GRANT SELECT, INSERT ON adintel.entity TO ${appRole};

-- Red-flag indicators with the text that triggered them (span into snapshot.full_text).
CREATE TABLE adintel.indicator
(
    snapshot_id UUID NOT NULL REFERENCES adintel.snapshot (id) ON DELETE CASCADE,
    position    INT  NOT NULL,
    code        TEXT NOT NULL,
    weight      INT  NOT NULL,
    language    TEXT NOT NULL,
    span_start  INT,
    span_end    INT,
    PRIMARY KEY (snapshot_id, position)
);
CREATE INDEX indicator_code_idx ON adintel.indicator (code);
GRANT SELECT, INSERT ON adintel.indicator TO ${appRole};

-- Near-duplicate text clusters and networks with stable ids: an id stays when its group grows; when two
-- merge the older id survives and the other gets merged_into (and a row in group_merge).
CREATE TABLE adintel.cluster
(
    id          UUID PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL,
    size        INT         NOT NULL,
    merged_into UUID REFERENCES adintel.cluster (id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON adintel.cluster TO ${appRole};

CREATE TABLE adintel.network
(
    id          UUID PRIMARY KEY,
    created_at  TIMESTAMPTZ NOT NULL,
    size        INT         NOT NULL,
    merged_into UUID REFERENCES adintel.network (id)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON adintel.network TO ${appRole};

CREATE TABLE adintel.group_merge
(
    kind        TEXT        NOT NULL CHECK (kind IN ('CLUSTER', 'NETWORK')),
    absorbed_id UUID        NOT NULL,
    survivor_id UUID        NOT NULL,
    merged_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, absorbed_id)
);
GRANT SELECT, INSERT, DELETE ON adintel.group_merge TO ${appRole};

-- Mobility: where a phone number or a network appeared over time ("new in town", moves between
-- municipalities), one row per event. subject_kind PHONE: subject = blind index of the phone; NETWORK: subject = network id (text).
CREATE TABLE adintel.mobility_move
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_kind      TEXT        NOT NULL CHECK (subject_kind IN ('PHONE', 'NETWORK')),
    subject           TEXT        NOT NULL,
    kind              TEXT        NOT NULL CHECK (kind IN ('NEW_IN_TOWN', 'MOVED')),
    from_municipality TEXT CHECK (from_municipality ~ '^GM[0-9]{4}$'),
    to_municipality   TEXT        NOT NULL CHECK (to_municipality ~ '^GM[0-9]{4}$'),
    at                TIMESTAMPTZ NOT NULL,
    snapshot_id       UUID        NOT NULL REFERENCES adintel.snapshot (id) ON DELETE CASCADE,
    ad_id             UUID        NOT NULL,
    UNIQUE (subject_kind, subject, kind, to_municipality, at, snapshot_id)
);
CREATE INDEX mobility_subject_idx ON adintel.mobility_move (subject_kind, subject, at);
CREATE INDEX mobility_ad_idx ON adintel.mobility_move (ad_id);
GRANT SELECT, INSERT, DELETE ON adintel.mobility_move TO ${appRole};

-- Holds: an ad linked to a case (set by other modules through AdHolds) is exempt from retention.
CREATE TABLE adintel.hold
(
    ad_id       UUID        NOT NULL REFERENCES adintel.ad (id),
    reason      TEXT        NOT NULL, -- a case reference, e.g. 'supervision-case:<uuid>'
    held_at     TIMESTAMPTZ NOT NULL,
    held_by     TEXT        NOT NULL,
    PRIMARY KEY (ad_id, reason)
);
GRANT SELECT, INSERT, DELETE ON adintel.hold TO ${appRole};

-- Destruction records of the retention job: counts only.
CREATE TABLE adintel.destruction
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ran_at            TIMESTAMPTZ NOT NULL,
    category          TEXT        NOT NULL,
    last_seen_before  TIMESTAMPTZ NOT NULL,
    ads_deleted       INT         NOT NULL,
    snapshots_deleted INT         NOT NULL,
    dry_run           BOOLEAN     NOT NULL
);
GRANT SELECT, INSERT ON adintel.destruction TO ${appRole};

-- Retention: the only way the application deletes snapshots (which it may not UPDATE or DELETE itself).
-- Deletes the given ads unless held, with their snapshots, entities, indicators and moves; returns
-- how many ads and snapshots went.
CREATE FUNCTION adintel.delete_ads(ids UUID[], OUT ads_deleted INT, OUT snapshots_deleted INT)
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = adintel, pg_temp
AS
$$
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS doomed_ad (id UUID PRIMARY KEY) ON COMMIT DROP;
    DELETE FROM doomed_ad;
    INSERT INTO doomed_ad
    SELECT DISTINCT a.id FROM adintel.ad a
    WHERE a.id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM adintel.hold h WHERE h.ad_id = a.id);
    DELETE FROM adintel.mobility_move m USING doomed_ad d WHERE m.ad_id = d.id;
    DELETE FROM adintel.snapshot s USING doomed_ad d WHERE s.ad_id = d.id;
    GET DIAGNOSTICS snapshots_deleted = ROW_COUNT;
    DELETE FROM adintel.ad a USING doomed_ad d WHERE a.id = d.id;
    GET DIAGNOSTICS ads_deleted = ROW_COUNT;
    DROP TABLE doomed_ad;
END;
$$;
REVOKE ALL ON FUNCTION adintel.delete_ads(UUID[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION adintel.delete_ads(UUID[]) TO ${appRole};
