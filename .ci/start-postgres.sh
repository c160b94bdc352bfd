#!/usr/bin/env bash
# Starts Debian's PostgreSQL and makes the test role and database (idempotent). Used by CI and by
# developers who want the tests to run against a PostgreSQL server as well as PGlite.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
su postgres -c psql >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'derde_bron') THEN
    CREATE ROLE derde_bron LOGIN PASSWORD 'derde_bron' CREATEDB CREATEROLE;
  END IF;
END $$;
SQL
su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'derde_bron_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O derde_bron derde_bron_test"
echo "PostgreSQL $version is running on 127.0.0.1:5432"
