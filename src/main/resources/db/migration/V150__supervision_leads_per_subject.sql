-- Leads per subject (issue 13, ADR 0016): a lead is about a subject — an advertiser as ad intelligence sees it
-- (its network; else the blind index of its phone or e-mail; else the ad itself), a licensed business, an address,
-- a person met, or (from outside) the report itself — with its ads as evidence in lead_ad. One open lead per
-- subject; a new ad of a known subject adds to its lead.
ALTER TABLE supervision.lead
    ADD COLUMN subject_kind       TEXT,
    ADD COLUMN subject_key        TEXT,
    ADD COLUMN ad_count           INT NOT NULL DEFAULT 0,
    ADD COLUMN municipality_count INT NOT NULL DEFAULT 1;
-- ad_id becomes the lead's newest ad: no longer unique
ALTER TABLE supervision.lead DROP CONSTRAINT lead_ad_id_key;

CREATE TABLE supervision.lead_ad
(
    lead_id            UUID        NOT NULL REFERENCES supervision.lead (id) ON DELETE CASCADE,
    ad_id              TEXT        NOT NULL,
    municipality       TEXT        NOT NULL CHECK (municipality ~ '^GM[0-9]{4}$'),
    network_id         TEXT,
    licence_check      TEXT        NOT NULL CHECK (licence_check IN
                                                   ('LICENSED', 'LICENCE_MISMATCH', 'INVALID_LICENCE',
                                                    'NO_LICENCE_NUMBER', 'OUTSIDE_FRYSLAN')),
    licence_status     TEXT CHECK (licence_status IN ('SUSPENDED', 'REVOKED', 'EXPIRED', 'UNKNOWN')),
    indicator_codes    TEXT[]      NOT NULL DEFAULT '{}',
    identifier_indexes TEXT[]      NOT NULL DEFAULT '{}',
    new_in_town        BOOLEAN     NOT NULL DEFAULT FALSE,
    first_seen_at      TIMESTAMPTZ NOT NULL,
    last_seen_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (lead_id, ad_id)
);
CREATE INDEX lead_ad_ad_idx ON supervision.lead_ad (ad_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON supervision.lead_ad TO ${appRole};

-- Existing leads: each gets its subject; an ad lead's ad becomes its evidence.
UPDATE supervision.lead
SET subject_kind = CASE
                       WHEN source <> 'AD' THEN 'REPORT'
                       WHEN network_id IS NOT NULL THEN 'NETWORK'
                       WHEN cardinality(identifier_indexes) > 0 THEN 'PHONE'
                       ELSE 'AD' END,
    subject_key  = CASE
                       WHEN source <> 'AD' THEN id::text
                       WHEN network_id IS NOT NULL THEN network_id
                       WHEN cardinality(identifier_indexes) > 0
                           THEN (SELECT min(i) FROM unnest(identifier_indexes) AS i)
                       ELSE coalesce(ad_id, id::text) END;

INSERT INTO supervision.lead_ad (lead_id, ad_id, municipality, network_id, licence_check, indicator_codes,
                                 identifier_indexes, new_in_town, first_seen_at, last_seen_at)
SELECT id, ad_id, municipality, network_id, coalesce(licence_check, 'NO_LICENCE_NUMBER'), indicator_codes,
       identifier_indexes, new_in_town, created_at, last_seen_at
FROM supervision.lead
WHERE source = 'AD' AND ad_id IS NOT NULL;

-- Open leads of one subject become one: the highest-scoring (then newest) keeps the evidence of the others, and
-- the alerts and notifications that pointed at them. Dismissed leads and leads in a case stay as they were.
CREATE TEMPORARY TABLE lead_merge ON COMMIT DROP AS
SELECT id AS absorbed,
       first_value(id) OVER (PARTITION BY subject_kind, subject_key
                             ORDER BY score DESC, last_seen_at DESC, id) AS keeper
FROM supervision.lead
WHERE state = 'OPEN';
DELETE FROM lead_merge WHERE absorbed = keeper;

INSERT INTO supervision.lead_ad (lead_id, ad_id, municipality, network_id, licence_check, indicator_codes,
                                 identifier_indexes, new_in_town, first_seen_at, last_seen_at)
SELECT m.keeper, e.ad_id, e.municipality, e.network_id, e.licence_check, e.indicator_codes, e.identifier_indexes,
       e.new_in_town, e.first_seen_at, e.last_seen_at
FROM supervision.lead_ad e
         JOIN lead_merge m ON m.absorbed = e.lead_id
ON CONFLICT (lead_id, ad_id) DO NOTHING;

-- an alert already raised to the keeper from the same case stays once
DELETE FROM supervision.displacement_alert a USING lead_merge m
WHERE a.to_lead_id = m.absorbed
  AND EXISTS (SELECT 1 FROM supervision.displacement_alert b
              WHERE b.to_lead_id = m.keeper AND b.from_case_id = a.from_case_id AND b.match_kind = a.match_kind);
UPDATE supervision.displacement_alert a SET to_lead_id = m.keeper FROM lead_merge m WHERE a.to_lead_id = m.absorbed;
UPDATE supervision.notification n SET object_id = m.keeper FROM lead_merge m
WHERE n.kind = 'LEAD_OUTSIDE_MANDATE' AND n.object_id = m.absorbed;
UPDATE supervision.lead k SET assignee = coalesce(k.assignee, a.assignee)
FROM lead_merge m JOIN supervision.lead a ON a.id = m.absorbed
WHERE k.id = m.keeper;
DELETE FROM supervision.lead l USING lead_merge m WHERE l.id = m.absorbed;

-- What the worklist shows of each lead, from its evidence (scores are recomputed with the next sighting).
UPDATE supervision.lead l
SET ad_count           = e.ads,
    municipality_count = e.municipalities,
    indicator_codes    = e.indicators,
    identifier_indexes = e.identifiers,
    new_in_town        = e.new_in_town,
    last_seen_at       = GREATEST(l.last_seen_at, e.last_seen)
FROM (SELECT lead_id, count(*) AS ads, count(DISTINCT municipality) AS municipalities,
             ARRAY(SELECT DISTINCT c FROM supervision.lead_ad x, unnest(x.indicator_codes) AS c
                   WHERE x.lead_id = y.lead_id ORDER BY c) AS indicators,
             ARRAY(SELECT DISTINCT i FROM supervision.lead_ad x, unnest(x.identifier_indexes) AS i
                   WHERE x.lead_id = y.lead_id ORDER BY i) AS identifiers,
             bool_or(new_in_town) AS new_in_town, max(last_seen_at) AS last_seen
      FROM supervision.lead_ad y GROUP BY lead_id) e
WHERE e.lead_id = l.id;

ALTER TABLE supervision.lead
    ALTER COLUMN subject_kind SET NOT NULL,
    ALTER COLUMN subject_key SET NOT NULL,
    ADD CONSTRAINT lead_subject_kind_check
        CHECK (subject_kind IN ('NETWORK', 'PHONE', 'AD', 'BUSINESS', 'ADDRESS', 'PERSON', 'REPORT'));
CREATE UNIQUE INDEX lead_open_subject_idx ON supervision.lead (subject_kind, subject_key) WHERE state = 'OPEN';
CREATE INDEX lead_subject_idx ON supervision.lead (subject_kind, subject_key);
CREATE INDEX lead_worklist_newest_idx ON supervision.lead (state, municipality, last_seen_at DESC);
