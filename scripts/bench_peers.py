"""`make bench` rows added for #22: peers on the same GeoPackage, hexagon units and grids.

Peers do the benchmark's read-and-aggregate job (the six criteria's per-unit
figures: two windowed counts, a severity sum, an IED presence, the distance to
the border) on the file RiskMap reads, each in its own process like every row:

* DuckDB spatial (``duckdb`` + ``duckdb-ext-spatial``, development-only);
* geopandas with pyarrow (``read_file(use_arrow=True)``, ``sjoin``, ``groupby``).

Peers that are not installed give a row saying so instead of a figure.
"""

from __future__ import annotations

import site
import time
from pathlib import Path

import bench_stages as stages

#: 100,000 hexagons over the benchmark's 500 × 500 km: √3/2 · s² = 2.5 km² → s ≈ 1.70 km.
HEX_CELL_KM = 1.699


def _spatial_extension() -> Path | None:
    """The DuckDB spatial extension installed from PyPI (works offline), if any."""
    for folder in site.getsitepackages():
        found = sorted((Path(folder) / "duckdb_ext").rglob("spatial.duckdb_extension"))
        if found:
            return found[-1]
    return None


def stage_duckdb(events: int) -> dict:
    """DuckDB spatial reads the GeoPackage (ST_Read) and aggregates per unit."""
    path = stages.dataset(events)
    try:
        import duckdb
    except ImportError:
        return {"seconds": float("nan"), "rows": "duckdb is not installed (requirements-dev)"}
    extension = _spatial_extension()
    if extension is None:
        return {"seconds": float("nan"), "rows": "duckdb-ext-spatial is not installed"}
    start = stages.WINDOW_START
    started = time.perf_counter()
    con = duckdb.connect()
    con.load_extension(str(extension))
    for table, columns in (("units", "uid"), ("events", "date, best, kind"), ("border", "name")):
        con.sql(
            f"CREATE TABLE {table} AS SELECT {columns}, geom FROM ST_Read(?, layer=?)",
            params=[str(path), table],
        )
    per_unit = con.sql(
        f"""SELECT u.uid,
          count(e.date) FILTER (WHERE e.date >= DATE '{start[180]}') AS recent,
          count(e.date) FILTER (WHERE e.date >= DATE '{start[365]}') AS year,
          coalesce(sum(e.best), 0) AS deaths,
          count(e.date) FILTER (WHERE e.kind = 'ied' AND e.date >= DATE '{start[30]}') > 0 AS ied
        FROM units u LEFT JOIN events e ON ST_Intersects(u.geom, e.geom)
        GROUP BY u.uid"""
    ).df()
    distance = con.sql(
        "SELECT u.uid, ST_Distance(u.geom, b.geom) AS border_m FROM units u, border b"
    ).df()
    seconds = time.perf_counter() - started
    assert len(per_unit) == len(distance) == stages.UNITS_SIDE**2
    return {
        "seconds": seconds,
        "rows": f"{events:,} events × {stages.UNITS_SIDE**2:,} units, 5 figures, 2 threads",
    }


def stage_geopandas(events: int) -> dict:
    """geopandas + pyarrow: read, spatial join, group by unit (the same figures)."""
    path = stages.dataset(events)
    import geopandas as gpd
    import pandas as pd

    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return {"seconds": float("nan"), "rows": "pyarrow is not installed"}
    start = {days: pd.Timestamp(day) for days, day in stages.WINDOW_START.items()}
    started = time.perf_counter()
    units = gpd.read_file(path, layer="units", engine="pyogrio", use_arrow=True)
    found = gpd.read_file(path, layer="events", engine="pyogrio", use_arrow=True)
    border = gpd.read_file(path, layer="border", engine="pyogrio", use_arrow=True)
    joined = gpd.sjoin(found, units[["uid", "geometry"]], predicate="intersects")
    date = joined["date"]
    figures = pd.DataFrame(
        {
            "uid": joined["uid"],
            "recent": date >= start[180],
            "year": date >= start[365],
            "deaths": joined["best"],
            "ied": (joined["kind"] == "ied") & (date >= start[30]),
        }
    ).groupby("uid")
    per_unit = figures.agg({"recent": "sum", "year": "sum", "deaths": "sum", "ied": "any"})
    per_unit = per_unit.reindex(units["uid"], fill_value=0)
    border_m = units.distance(border.geometry.iloc[0])
    seconds = time.perf_counter() - started
    assert len(per_unit) == len(border_m) == stages.UNITS_SIDE**2
    return {
        "seconds": seconds,
        "rows": f"{events:,} events × {stages.UNITS_SIDE**2:,} units, 5 figures",
    }


def stage_hex_core(events: int, arithmetic: bool = True) -> dict:
    """The six criteria on 100,000 RiskMap hexagons (core only; the grid built untimed)."""
    from synthetic import line_across, random_events, six_criteria_model

    from riskmap_plugin.core import hexlattice, parse_model, score
    from riskmap_plugin.core.hexgrid import hex_grid

    x0, y0 = 400_000.0, 3_700_000.0
    grid = hex_grid(HEX_CELL_KM, extent=(x0, y0, x0 + 500_000, y0 + 500_000), crs="EPSG:32638")
    grid = grid.rename(columns={"unit_id": "uid", "unit_name": "uname"})
    grid["population"] = 50_000
    layers = {
        "units": grid,
        "events": random_events(events, grid, seed=1),
        "border": line_across(grid),
    }
    if not arithmetic:  # the STRtree for every point, as before #22
        hexlattice.MARGIN = float("inf")
    model = parse_model(six_criteria_model())
    started = time.perf_counter()
    score(model, layers)
    seconds = time.perf_counter() - started
    how = "arithmetic cells" if arithmetic else "STRtree"
    return {"seconds": seconds, "rows": f"{events:,} events × {len(grid):,} hexagons ({how})"}


def stage_hexgrid() -> dict:
    """A 2.2 km hexagon grid clipped to Iraq's outline (about 105,000 cells)."""
    import geopandas as gpd

    from riskmap_plugin.core.hexgrid import hex_grid

    country = gpd.read_file(stages.SAMPLE / "iraq_2018.gpkg", layer="country")
    steps = []
    started = time.perf_counter()
    grid = hex_grid(2.2, boundary=country, progress=steps.append)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "rows": f"{len(grid):,} hexagons of 2.2 km clipped to Iraq, {len(steps)} progress steps",
    }
