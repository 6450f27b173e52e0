#!/usr/bin/env bash
# Run RiskMap's core, QGIS and GUI tiers and the qgis_process smoke run inside the Debian 13
# environment of one QGIS release (scripts/matrix/qgis_env.sh builds or reuses it).
#
#   test_release.sh RELEASE OUTPUT_DIR
#
# The checkout (tracked and untracked-but-not-ignored files, plus the compiled .qm and the
# plugin zip that `make test-matrix` builds first) is copied into the environment, so the
# tests see exactly the working tree; the shared Iraq source data comes along when it is
# beside the checkout. OUTPUT_DIR receives sample.gpkg (the smoke run) and times.txt.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
release=${1:?usage: test_release.sh RELEASE OUTPUT_DIR}
output=${2:?usage: test_release.sh RELEASE OUTPUT_DIR}
cache=${RISKMAP_MATRIX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/riskmap-matrix}
root="$cache/qgis-$release"
env_sh="$here/qgis_env.sh"
mkdir -p "$output"
output=$(cd "$output" && pwd)
: >"$output/times.txt"

started=$SECONDS
bash "$env_sh" build "$release" || { echo "QGIS $release: environment build failed" >&2; exit 1; }
echo "build ${release}: $((SECONDS - started)) s" >>"$output/times.txt"

# A fresh copy of the working tree at /riskmap/src (and the shared data at /riskmap/shared,
# where the tests look for it: beside the checkout).
rm -rf "$root/riskmap"
mkdir -p "$root/riskmap/src"
(cd "$repo" && { git ls-files -z --cached --others --exclude-standard; printf '%s\0' i18n/*.qm dist/riskmap_plugin.zip; } |
  xargs -0 -I{} sh -c '[ -f "{}" ] && printf "%s\0" "{}"' | tar --null -T - -cf -) |
  tar -xf - -C "$root/riskmap/src"
if [ -d "$repo/../shared/data" ]; then
  mkdir -p "$root/riskmap/shared"
  cp -a "$repo/../shared/data" "$root/riskmap/shared/data"
fi

failed=()
tier() {
  local name=$1 start=$SECONDS
  shift
  echo "== QGIS $release: $name =="
  if ! bash "$env_sh" run "$release" /bin/sh -c "cd /riskmap/src && $*"; then
    failed+=("$name")
  fi
  echo "$name ${release}: $((SECONDS - start)) s" >>"$output/times.txt"
}
qgis_env="PYTHONPATH=/usr/share/qgis/python/plugins OGR_SQLITE_JOURNAL=DELETE PYTHONDONTWRITEBYTECODE=1"
pytest="python3 -m pytest -p no:cacheprovider"
tier core "$qgis_env $pytest -p no:pytest_qgis -p no:pytest-qt tests/core"
tier qgis "$qgis_env QT_QPA_PLATFORM=offscreen $pytest tests/qgis"
tier gui "$qgis_env xvfb-run -a -s '-screen 0 1600x1000x24' $pytest tests/gui"
tier qgis_process "$qgis_env python3 scripts/matrix/score_sample.py /riskmap/out"
cp "$root/riskmap/out/sample.gpkg" "$output/sample.gpkg" 2>/dev/null || true

cat "$output/times.txt"
if [ ${#failed[@]} -ne 0 ]; then
  echo "QGIS $release: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "QGIS $release: all tiers passed"
