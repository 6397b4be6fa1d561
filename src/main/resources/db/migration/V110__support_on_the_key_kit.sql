-- The care compartment on the key kit (ADR 0012; review H1, M2, M3, M16).
--
-- alert_identifier: a row id, so value_enc can be bound to its row like every other encrypted field, and the
-- key id inside the blind index ('<key id>.<hex>', the kit's form) instead of beside it. The HMAC itself is
-- unchanged (HMAC-SHA256 over '<kind>:<value>'); only its encoding changes from base64url to hex.
ALTER TABLE support.alert_identifier ADD COLUMN id UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE support.alert_identifier ALTER COLUMN id DROP DEFAULT;
ALTER TABLE support.alert_identifier ADD CONSTRAINT alert_identifier_id_unique UNIQUE (id);
UPDATE support.alert_identifier
SET blind_index = blind_key_id || '.' || encode(decode(translate(blind_index, '-_', '+/')
        || repeat('=', (4 - length(blind_index) % 4) % 4), 'base64'), 'hex');
ALTER TABLE support.alert_identifier DROP COLUMN blind_key_id;

-- care_contact: the pseudonym is encrypted (the application does that for existing rows, on start and nightly:
-- the key is not in the database) and found through a keyed blind index.
ALTER TABLE support.care_contact RENAME COLUMN pseudonym TO pseudonym_enc;
ALTER TABLE support.care_contact ADD COLUMN pseudonym_bi TEXT;
DROP INDEX support.care_contact_by_org;
CREATE INDEX care_contact_by_pseudonym ON support.care_contact (organisation_code, pseudonym_bi);
