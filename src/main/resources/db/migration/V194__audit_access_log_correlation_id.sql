-- The request's correlation id in every access-log entry written during a request (issue 18, ADR 0021), the
-- same id as in the JSON application logs (platform CorrelationId), so an auditor can find the log lines of a
-- logged access. Not part of the chained fields (ADR 0014): it points to the logs, it is no evidence itself.
-- Null for entries before this version and for entries outside a request (jobs, commands).
ALTER TABLE audit.access_log ADD COLUMN correlation_id TEXT
    CONSTRAINT access_log_correlation_id_format CHECK (correlation_id ~ '^[0-9A-Z]{1,32}$');
