#!/usr/bin/env bash
# CI: a throwaway PostgreSQL on loopback for the storage tests.
# Installs PostgreSQL if needed, starts the newest cluster with pg_ctlcluster, creates a role and a
# database, and prints ONE line on stdout, to use as:
#   export "$(.ci/postgres.sh)"
# which sets INTERVIEW_COACH_TEST_POSTGRES_URL=postgresql+psycopg://... (progress goes to stderr).
# The tests drop and recreate every table in that database: never point it at real data.
set -euo pipefail

ROLE="${COACH_PG_ROLE:-coach_test}"
DATABASE="${COACH_PG_DATABASE:-coach_test}"
PASSWORD="${COACH_PG_PASSWORD:-coach_test}"

if [ "$(id -u)" -eq 0 ]; then
  as_root() { "$@"; }
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_root() { sudo "$@"; }
  as_postgres() { sudo -u postgres "$@"; }
fi

if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then
  echo "Installing PostgreSQL ..." >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
  as_root pg_createcluster "$version" main >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  echo "Starting PostgreSQL $version on port $port ..." >&2
  as_root pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
  psql_admin -c "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ -z "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
  psql_admin -c "CREATE DATABASE \"$DATABASE\" OWNER \"$ROLE\"" >&2
fi

echo "INTERVIEW_COACH_TEST_POSTGRES_URL=postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
