-- Rotating the blind index key of client identifiers (ADR 0007). Each row names the key its index was
-- made with, so a check can look under old and new keys while a rotation is under way, and it keeps the
-- identifier itself encrypted (AES-GCM, like every *_enc column) so the re-index job can compute the index
-- under the new key and the old key can then be removed. Rows from before this migration were indexed
-- with the single key of that time, which the application now calls 'b1'; their value_enc stays empty
-- and the re-index job recovers it from the linked report while that still exists.
ALTER TABLE support.alert_identifier
    ADD COLUMN blind_key_id TEXT NOT NULL DEFAULT 'b1' CHECK (blind_key_id ~ '^[a-z0-9-]{1,32}$'),
    ADD COLUMN value_enc    TEXT;
ALTER TABLE support.alert_identifier ALTER COLUMN blind_key_id DROP DEFAULT;
CREATE INDEX alert_identifier_by_key ON support.alert_identifier (blind_key_id);
