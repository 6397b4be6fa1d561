-- Register on the key kit (review 2026-12 M4, ADR 0024): personal data of operators and managers, Bibob findings
-- (art. 10 UAVG), the view and decision texts, the request questions and answers and the uploaded documents are
-- encrypted in the application (platform crypto, module "register"); the readable name keys become keyed blind
-- indexes.
--
-- Encryption needs the keys, which the database never holds, so SQL only prepares: dates of birth become TEXT
-- (a ciphertext does not fit a DATE), the readable name keys are wiped (NULL until the kit's re-encryption job,
-- which runs at start-up and nightly, writes the blind index), and the managers get a row id so that each value
-- is bound to its own row. Existing plaintext values stay readable until the job has encrypted them in place
-- (LegacyFormat.PLAINTEXT): a fresh start and an upgrade run the same code.

ALTER TABLE register.application ALTER COLUMN operator_birth_date TYPE TEXT USING to_char(operator_birth_date, 'YYYY-MM-DD');
DROP INDEX register.application_operator_key_idx;
UPDATE register.application SET operator_name_key = NULL;
CREATE INDEX application_operator_key_idx ON register.application (operator_name_key);

ALTER TABLE register.application_manager ADD COLUMN id UUID NOT NULL DEFAULT gen_random_uuid() UNIQUE;
ALTER TABLE register.application_manager ALTER COLUMN birth_date TYPE TEXT USING to_char(birth_date, 'YYYY-MM-DD');
ALTER TABLE register.application_manager ALTER COLUMN name_key DROP NOT NULL;
DROP INDEX register.application_manager_key_idx;
UPDATE register.application_manager SET name_key = NULL;
CREATE INDEX application_manager_key_idx ON register.application_manager (name_key);

ALTER TABLE register.licence ALTER COLUMN holder_birth_date TYPE TEXT USING to_char(holder_birth_date, 'YYYY-MM-DD');
ALTER TABLE register.licence ALTER COLUMN holder_name_key DROP NOT NULL;
DROP INDEX register.licence_holder_key_idx;
UPDATE register.licence SET holder_name_key = NULL;
CREATE INDEX licence_holder_key_idx ON register.licence (holder_name_key);

ALTER TABLE register.licence_manager ADD COLUMN id UUID NOT NULL DEFAULT gen_random_uuid() UNIQUE;
ALTER TABLE register.licence_manager ALTER COLUMN birth_date TYPE TEXT USING to_char(birth_date, 'YYYY-MM-DD');
ALTER TABLE register.licence_manager ALTER COLUMN name_key DROP NOT NULL;
DROP INDEX register.licence_manager_key_idx;
UPDATE register.licence_manager SET name_key = NULL;
CREATE INDEX licence_manager_key_idx ON register.licence_manager (name_key);

-- The re-encryption job rewrites documents and their names in place.
GRANT UPDATE (content, file_name) ON register.application_document TO ${appRole};

-- The decision checks name the operator and managers: stored as encrypted JSON text from now on.
ALTER TABLE register.application ALTER COLUMN decision_checks TYPE TEXT USING decision_checks::text;
