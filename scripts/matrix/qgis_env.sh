#!/usr/bin/env bash
# Build (once) or reuse a Debian 13 chroot with a newer QGIS LTR, and run commands in it.
#
#   qgis_env.sh build RELEASE       make the environment if it is missing or out of date
#   qgis_env.sh run RELEASE CMD...  run CMD inside it (as root, /proc /sys /dev mounted)
#
# RELEASE is 3.40 (Debian 13's own QGIS, Python 3.13, numpy 2) or 3.44 (trixie-backports).
# Environments live in a cache folder outside the repository (RISKMAP_MATRIX_CACHE, default
# ~/.cache/riskmap-matrix); a stamp holding this recipe's hash makes `build` idempotent. The
# 3.44 environment starts as a copy of the 3.40 one when that exists: same base, only QGIS
# differs, which saves the bootstrap and most of the downloads.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${RISKMAP_MATRIX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/riskmap-matrix}
action=${1:?usage: qgis_env.sh build|run RELEASE [CMD...]}
release=${2:?usage: qgis_env.sh build|run RELEASE [CMD...]}
shift 2
case "$release" in
  3.40 | 3.44) ;;
  *) echo "qgis_env.sh: unknown QGIS release '$release' (3.40 or 3.44)" >&2; exit 2 ;;
esac
root="$cache/qgis-$release"
stamp="$root/.riskmap-env"
recipe=$(cat "$here/qgis_env.sh" "$here/packages.txt" | sha256sum | cut -c1-16)

# The Debian archive this machine's apt already uses (deb822 or one-line sources); Debian's
# default when none is found.
mirror() {
  local uri
  uri=$(grep -rhoE '^URIs:\s*\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null |
    awk '{print $2}' | grep -vE 'security' | grep -E '/debian/?$' | head -n 1 || true)
  [ -n "$uri" ] || uri=$(grep -rhE '^deb\s' /etc/apt/sources.list 2>/dev/null |
    awk '{print $2}' | grep -vE 'security' | grep -E '/debian/?$' | head -n 1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
trap unmount_all EXIT
mount_system() {
  local dir
  for dir in proc sys dev dev/pts; do
    mkdir -p "$root/$dir"
    if ! mountpoint -q "$root/$dir"; then
      mount --bind "/$dir" "$root/$dir"
      mounted+=("$root/$dir")
    fi
  done
  cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

write_sources() {
  local url=$1 suites="trixie trixie-updates"
  [ "$release" = 3.44 ] && suites="$suites trixie-backports"
  cat >"$root/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $url
Suites: $suites
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  rm -f "$root/etc/apt/sources.list"
}

# pytest-qgis is not packaged in Debian; the host fetches its wheel, the chroot installs it
# offline (pip inside the chroot has neither the host's index settings nor its CA bundle).
install_wheels() {
  local wheels="$root/opt/riskmap-wheels"
  rm -rf "$wheels" && mkdir -p "$wheels"
  python3 -m pip download --disable-pip-version-check -q --no-deps -d "$wheels" \
    'pytest-qgis>=2,<6'
  # The glob is the chroot's, so the chroot's shell expands it.
  in_root sh -c 'python3 -m pip install --break-system-packages --disable-pip-version-check \
    -q --no-index --no-deps /opt/riskmap-wheels/*.whl'
}

build() {
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
    echo "QGIS $release environment: up to date ($root)"
    return
  fi
  local url base="$cache/qgis-3.40" packages
  url=$(mirror)
  mkdir -p "$cache"
  if [ ! -x "$root/usr/bin/apt-get" ]; then
    if [ "$release" = 3.44 ] && [ -f "$base/.riskmap-env" ]; then
      echo "QGIS $release environment: starting from the 3.40 one"
      # --one-file-system: never copy the base's /proc, /sys or /dev should they be mounted.
      cp -a --one-file-system "$base" "$root"
      rm -f "$stamp"
    else
      command -v debootstrap >/dev/null || apt-get install -y --no-install-recommends debootstrap
      echo "QGIS $release environment: bootstrapping Debian 13 from $url"
      rm -rf "$root"
      debootstrap --variant=minbase trixie "$root" "$url" >"$cache/debootstrap-$release.log"
    fi
  fi
  write_sources "$url"
  mount_system
  packages=$(grep -vE '^\s*(#|$)' "$here/packages.txt" | tr '\n' ' ')
  in_root apt-get update -q
  # shellcheck disable=SC2086
  in_root apt-get install -y -q --no-install-recommends $packages
  if [ "$release" = 3.44 ]; then
    in_root apt-get install -y -q --no-install-recommends -t trixie-backports \
      qgis python3-qgis qgis-providers
  fi
  install_wheels
  in_root apt-get clean
  in_root qgis_process --version | head -n 3
  echo "$recipe" >"$stamp"
}

run() {
  [ -f "$stamp" ] || { echo "qgis_env.sh: no QGIS $release environment; run build first" >&2; exit 1; }
  mount_system
  in_root "$@"
}

case "$action" in
  build) build ;;
  run) run "$@" ;;
  *) echo "qgis_env.sh: unknown action '$action' (build or run)" >&2; exit 2 ;;
esac
