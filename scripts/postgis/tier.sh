#!/usr/bin/env bash
# The PostGIS test tier (`make test-postgis`): tests/postgis in headless QGIS against a
# throw-away cluster holding the sample (scripts/postgis/with_cluster.sh).
#   bash scripts/postgis/tier.sh [pytest arguments...]
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-.venv/bin/python}"

run_tier() {
  local rc=0
  PYTHONPATH=/usr/share/qgis/python/plugins OGR_SQLITE_JOURNAL=DELETE QT_QPA_PLATFORM=offscreen \
    RISKMAP_REQUIRE_PG=1 "$PYTHON" -m pytest tests/postgis "$@" || rc=$?
  if [ $rc -eq 5 ]; then echo "tier postgis: no tests collected" >&2; fi
  return $rc
}
export -f run_tier
export PYTHON
exec bash scripts/postgis/with_cluster.sh bash -c 'run_tier "$@"' run_tier "$@"
