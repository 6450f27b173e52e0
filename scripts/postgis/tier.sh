#!/usr/bin/env bash
# The PostGIS test tier: a throw-away PostgreSQL cluster of its own (own data directory,
# own port, localhost only), the sample loaded with ogr2ogr, tests/postgis run against it,
# and the cluster stopped and removed afterwards, also when a step fails.
#
#   bash scripts/postgis/tier.sh [pytest arguments...]
#
# Installs postgresql and postgis from Debian when missing (as root). Runs the server as
# the distribution's `postgres` user when started as root (PostgreSQL refuses root).
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_PORT="${RISKMAP_PG_PORT:-55432}"
PYTHON="${PYTHON:-.venv/bin/python}"

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

# Trust authentication over the socket in the temporary directory and localhost only:
# the tests create their own password-protected role for the credential tests.
"${as_server[@]}" "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
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
PYTHONPATH=/usr/share/qgis/python/plugins OGR_SQLITE_JOURNAL=DELETE QT_QPA_PLATFORM=offscreen \
  RISKMAP_REQUIRE_PG=1 "$PYTHON" -m pytest tests/postgis "$@" || rc=$?
if [ $rc -eq 5 ]; then echo "tier postgis: no tests collected" >&2; fi
exit $rc
