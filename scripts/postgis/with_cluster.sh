#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL/PostGIS cluster of its own (own data
# directory, own port, localhost only) holding the sample (loaded with ogr2ogr); the
# cluster is stopped and removed afterwards, also when the command or a step fails.
#
#   bash scripts/postgis/with_cluster.sh COMMAND [ARGS...]
#
# The command finds the database in RISKMAP_TEST_PG (a libpq connection string).
#
# Installs postgresql and postgis from Debian when missing (as root). Runs the server as
# the distribution's `postgres` user when started as root (PostgreSQL refuses root).
set -euo pipefail
cd "$(dirname "$0")/../.."

# A free port unless one is given: two checkouts may run the tier at the same time.
PG_PORT="${RISKMAP_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

packages=(postgresql postgresql-15-postgis-3 python3-psycopg2 gdal-bin)
missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done
if [ ${#missing[@]} -ne 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test-postgis: missing ${missing[*]}; run as root or: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "test-postgis: no PostgreSQL server binaries under /usr/lib/postgresql" >&2
  exit 1
fi

work=$(mktemp -d -t riskmap-postgis.XXXXXX)
data="$work/data"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$work"
  as_server=(runuser -u postgres --)
fi

stop() {
  # Stop only the cluster this script started (its own data directory), then remove it.
  if [ -f "$data/postmaster.pid" ]; then
    "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap stop EXIT

# Localhost only. The superuser `postgres` is trusted (a throw-away cluster); every other
# role logs in with its password (scram-sha-256), as the credential tests need.
"${as_server[@]}" "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
cat >"$data/pg_hba.conf" <<'HBA'
local all postgres trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
HBA
"${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $work -c fsync=off -c full_page_writes=off" \
  start >/dev/null || { cat "$work/server.log" >&2; exit 1; }

export PGHOST=127.0.0.1 PGPORT="$PG_PORT" PGUSER=postgres
psql -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE riskmap_test"
psql -q -v ON_ERROR_STOP=1 -d riskmap_test -c "CREATE EXTENSION postgis"

# The sample as a team would load it: ogr2ogr lower-cases field names (ADM3_PCODE becomes
# adm3_pcode), which RiskMap matches case-insensitively.
bash scripts/postgis/load_sample.sh "PG:dbname=riskmap_test host=127.0.0.1 port=$PG_PORT user=postgres"

export RISKMAP_TEST_PG="dbname=riskmap_test host=127.0.0.1 port=$PG_PORT user=postgres"
rc=0
"$@" || rc=$?
exit $rc
