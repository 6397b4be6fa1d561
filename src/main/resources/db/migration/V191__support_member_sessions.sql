-- Sessions of the portal's members (issue 18, ADR 0021): behind the wall (ADR 0007), in the support schema
-- and read and written only by the care role through the care pool. A member's session holds the signed-in
-- member (id and working name); the application role cannot see who is signed in to the portal, nor when.
-- Same layout as public.staff_session (Spring Session JDBC).
CREATE TABLE support.member_session
(
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT   NOT NULL,
    last_access_time      BIGINT   NOT NULL,
    max_inactive_interval INT      NOT NULL,
    expiry_time           BIGINT   NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT member_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX member_session_ix1 ON support.member_session (session_id);
CREATE INDEX member_session_ix2 ON support.member_session (expiry_time);
CREATE INDEX member_session_ix3 ON support.member_session (principal_name);

CREATE TABLE support.member_session_attributes
(
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT member_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT member_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES support.member_session (primary_id) ON DELETE CASCADE
);

GRANT SELECT, INSERT, UPDATE, DELETE ON support.member_session, support.member_session_attributes TO ${careRole};
