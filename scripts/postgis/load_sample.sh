#!/usr/bin/env bash
# Load every layer of the sample GeoPackage into a PostGIS database (schema public).
#   bash scripts/postgis/load_sample.sh "PG:dbname=... host=... user=..."
set -euo pipefail
cd "$(dirname "$0")/../.."
target="$1"
ogr2ogr -f PostgreSQL "$target" resources/sample/iraq_2018.gpkg \
  -overwrite -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=GIST --config PG_USE_COPY YES
