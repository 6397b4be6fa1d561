-- Care contacts get a retention period (review 2026-12 M16, rulebook category SUPPORT_CARE_CONTACT from 2027.6):
-- the support retention job counts the contacts it deleted (or would delete, in a dry run) beside the alerts.
ALTER TABLE support.retention_run ADD COLUMN care_contacts INT NOT NULL DEFAULT 0;
