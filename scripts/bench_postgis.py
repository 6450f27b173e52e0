"""RiskMap PostGIS benchmark: counting in the database against pulling the rows into Python.

Needs a PostGIS database: ``RISKMAP_TEST_PG`` (a libpq connection string), which
``scripts/postgis/with_cluster.sh`` sets for a throw-away local cluster
(``make bench-postgis``). The events (``--events``, default 10,000,000) are generated
inside the database once (seeded), the 10,000 square units of 5 km are a GeoPackage.
Each measurement runs in its own process so its peak memory is its own. Bytes moved:
for the database path, the units' WKB sent plus 12 bytes per (unit, count) row returned;
for the pulling path, PostgreSQL's own size of the values read (``pg_column_size``),
an estimate of what crosses the wire (the real protocol adds framing).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "qgis")]
DATA = ROOT / "build" / "bench"
UNITS_SIDE = 100


def model_document() -> dict:
    return {
        "riskmap_model": 1,
        "name": "PostGIS bench",
        "as_of": "2018-01-31",
        "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
        "criteria": [
            {"id": "recent", "label": "Recent incidents", "layer": "events", "measure": "count",
             "date_field": "day", "window": {"days": 180},
             "filter": {"field": "kind", "op": "in", "value": ["attack", "clash"]}},
            {"id": "deadly", "label": "Deadly incidents", "layer": "events",
             "measure": "presence", "date_field": "day", "window": {"days": 365},
             "filter": {"field": "best", "op": ">=", "value": 5}},
        ],
    }  # fmt: skip


def table_name(events: int) -> str:
    return f"bench_events_{events}"


def create_events(dsn: str, events: int) -> float:
    """Generate the events table in the database once (seconds spent, 0 when it exists)."""
    import psycopg2

    table = table_name(events)
    connection = psycopg2.connect(dsn)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (table,))
        if cursor.fetchone()[0]:
            return 0.0
        started = time.perf_counter()
        cursor.execute("SELECT setseed(0.21)")
        cursor.execute(
            f"CREATE TABLE {table}_partial AS SELECT g AS fid, "
            "DATE '2013-01-01' + floor(random() * 1857)::int AS day, "
            "floor(random() * 20)::int AS best, "
            "(ARRAY['attack','clash','arrest','protest'])[1 + floor(random() * 4)::int] AS kind, "
            "ST_SetSRID(ST_MakePoint(400000 + random() * 500000, 3700000 + random() * 500000), "
            "32638)::geometry(Point, 32638) AS geom FROM generate_series(1, %s) AS g",
            (events,),
        )
        cursor.execute(f"ALTER TABLE {table}_partial ADD PRIMARY KEY (fid)")
        cursor.execute(f"CREATE INDEX ON {table}_partial USING gist (geom)")
        cursor.execute(f"ANALYZE {table}_partial")
        cursor.execute(f"ALTER TABLE {table}_partial RENAME TO {table}")
    connection.close()
    return time.perf_counter() - started


def units_file() -> Path:
    path = DATA / "postgis_units.gpkg"
    if not path.is_file():
        from synthetic import square_units

        DATA.mkdir(parents=True, exist_ok=True)
        square_units(UNITS_SIDE, UNITS_SIDE, 5_000.0).to_file(
            path, layer="units", driver="GPKG", engine="pyogrio"
        )
    return path


def stage(dsn: str, events: int, pull: bool) -> dict:
    """One run of the model: events counted in the database, or pulled through QGIS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsDataSourceUri, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

    parts = dict(p.split("=", 1) for p in dsn.split())
    uri = QgsDataSourceUri()
    uri.setConnection(parts.get("host", ""), parts.get("port", ""), parts["dbname"],
                      parts.get("user", ""), "")  # fmt: skip
    uri.setDataSource("public", table_name(events), "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "events", "postgres")
    units = QgsVectorLayer(f"{units_file()}|layername=units", "units", "ogr")
    started = time.perf_counter()
    prepared = prepare_inputs(
        model_document(), layer_map={"events": layer, "units": units}, force_iterator=pull
    )
    reader = prepared.readers["events"]
    outcome = compute(prepared)
    seconds = time.perf_counter() - started
    if pull:
        import psycopg2

        with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
            cursor.execute(
                "SELECT sum(pg_column_size(day) + pg_column_size(best) + pg_column_size(kind) "
                f"+ pg_column_size(geom)) FROM {table_name(events)}"
            )
            moved = int(cursor.fetchone()[0])
    else:
        import shapely

        sent = sum(len(w) for w in shapely.to_wkb(prepared.readers["units"].read().geometry))
        moved = sent + 12 * reader.counter.rows_returned
    totals = {c: float(outcome.result.units[f"{c}_raw"].sum()) for c in ("recent", "deadly")}
    del prepared, reader, layer, units, outcome
    return {"seconds": seconds, "bytes": moved, "totals": totals, "path": "pull" if pull else "db"}


def run(dsn: str, events: int, pull: bool) -> dict:
    command = [sys.executable, __file__, "--stage", "pull" if pull else "db",
               "--events", str(events)]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=os.environ)
    if output.returncode != 0:
        sys.stderr.write(output.stderr[-4000:])
        raise SystemExit("bench-postgis: a stage failed")
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--stage", choices=["db", "pull"])
    options = parser.parse_args()
    dsn = os.environ.get("RISKMAP_TEST_PG")
    if not dsn:
        raise SystemExit("bench-postgis: set RISKMAP_TEST_PG, or run `make bench-postgis`")
    if options.stage:
        figures = stage(dsn, options.events, options.stage == "pull")
        figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(figures))
        return 0
    loading = create_events(dsn, options.events)
    units_file()
    db = run(dsn, options.events, pull=False)
    pulled = run(dsn, options.events, pull=True)
    same = "same counts" if db["totals"] == pulled["totals"] else "COUNTS DIFFER"
    size = f"{options.events:,} events in PostGIS × {UNITS_SIDE * UNITS_SIDE:,} units"
    print(f"RiskMap PostGIS benchmark — {os.cpu_count()} cores; each row in its own process")
    if loading:
        print(f"(generating and indexing the events in the database took {loading:.0f} s)")
    print(f"{'measurement':<34} {'size':<44} {'seconds':>8} {'MB moved':>9} {'peak MB':>8}  note")
    for label, figures, note in (
        ("h. PostGIS: count in the database", db, f"{pulled['seconds'] / db['seconds']:.0f}× "
         "faster than pulling (target ≥ 10×)"),
        ("h. PostGIS: pull rows into Python", pulled, same),
    ):  # fmt: skip
        print(
            f"{label:<34} {size:<44} {figures['seconds']:>8.2f} "
            f"{figures['bytes'] / 1e6:>9.1f} {figures['peak_mb']:>8.0f}  {note}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
