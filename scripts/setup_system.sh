#!/usr/bin/env bash
# Install the Debian/Ubuntu packages RiskMap's development needs, when missing.
# As root with apt-get: installs them. Otherwise: prints the exact command and fails.
set -euo pipefail

# The -dev packages and a compiler let pip build shapely, pyproj and pyogrio against the
# same GEOS, PROJ and GDAL libraries QGIS uses: the PyPI wheels bring their own copies, and
# two GEOS versions in one process break shapely inside QGIS (see README, "Linux").
packages=(qgis python3-qgis python3-venv python3-pip python3-dev xvfb xauth qttools5-dev-tools
          pyqt5-dev-tools poppler-utils imagemagick build-essential libgeos-dev libproj-dev
          proj-bin libgdal-dev fonts-noto-core python3-matplotlib python3-pyqt6 debootstrap)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

command="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Run as root (Debian/Ubuntu):" >&2
  echo "  $command" >&2
  exit 1
fi
