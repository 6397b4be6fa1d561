-- Issue 16 / ADR 0023: how to reach an applicant or licence holder. One row per application; every
-- personal value is encrypted by the key kit (ADR 0012) with associated data bound to this row
-- (ienline.register:applicant_contact.<column>:<application id>). Deleted with its application (retention).
-- E-mail and phone may be empty for a paper application (its notices go by post).
CREATE TABLE register.applicant_contact
(
    application_id     UUID PRIMARY KEY REFERENCES register.application (id) ON DELETE CASCADE,
    postal_address_enc TEXT        NOT NULL,
    email_enc          TEXT,
    phone_enc          TEXT,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         TEXT        NOT NULL
);

GRANT SELECT, INSERT, UPDATE, DELETE ON register.applicant_contact TO ${appRole};
