-- Staff sessions in the database (issue 18, ADR 0021), so a login on one application node continues on
-- another. Spring Session JDBC's own PostgreSQL schema, named for this application; created here rather than
-- by Spring's start-up initialiser, because the application role may not create tables. Only staff (and
-- anonymous enforcement-side) sessions land here: portal member sessions are behind the wall
-- (support.member_session, V191).
CREATE TABLE public.staff_session
(
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT staff_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX staff_session_ix1 ON public.staff_session (session_id);
CREATE INDEX staff_session_ix2 ON public.staff_session (expiry_time);
CREATE INDEX staff_session_ix3 ON public.staff_session (principal_name);

CREATE TABLE public.staff_session_attributes
(
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT staff_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT staff_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES public.staff_session (primary_id) ON DELETE CASCADE
);

GRANT SELECT, INSERT, UPDATE, DELETE ON public.staff_session, public.staff_session_attributes TO ${appRole};
