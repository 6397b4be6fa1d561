-- Signals on the key kit (ADR 0012; review L14): every blind index names its key, '<key id>.<hex>', so the blind
-- index key can rotate. The HMAC itself is unchanged; the rows of before were all made with the single key of
-- that time, which the kit knows as 'b0' (IENLINE_SIGNALS_CRYPTO_BLIND_INDEX_KEY, or ..._BLIND_INDEX_KEYS_B0).
-- Follow-up secrets of anonymous reporters stay as they are: they are checked under b0 until their signal goes.
UPDATE signals.phone SET number_bi = 'b0.' || number_bi WHERE number_bi IS NOT NULL AND number_bi NOT LIKE '%.%';
UPDATE signals.person SET pseudonym_bi = 'b0.' || pseudonym_bi WHERE pseudonym_bi IS NOT NULL AND pseudonym_bi NOT LIKE '%.%';
UPDATE signals.signal SET location_bi = 'b0.' || location_bi WHERE location_bi IS NOT NULL AND location_bi NOT LIKE '%.%';
