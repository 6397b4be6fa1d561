#!/bin/bash
# Creates the ienline database and its three roles once, as docs/operations.md prescribes for a DBA; runs on the
# first start of the compose database only. Passwords come from deploy/compose/ienline.env.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
  -v owner="$IENLINE_DB_OWNER_USER" -v owner_pw="$IENLINE_DB_OWNER_PASSWORD" \
  -v app="$IENLINE_DB_APP_USER" -v app_pw="$IENLINE_DB_APP_PASSWORD" \
  -v care="$IENLINE_DB_CARE_USER" -v care_pw="$IENLINE_DB_CARE_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_pw';
CREATE ROLE :"app" LOGIN PASSWORD :'app_pw';
CREATE ROLE :"care" LOGIN PASSWORD :'care_pw';
CREATE DATABASE ienline OWNER :"owner" ENCODING 'UTF8';
REVOKE ALL ON DATABASE ienline FROM PUBLIC;
GRANT CONNECT ON DATABASE ienline TO :"app", :"care";
\c ienline
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
