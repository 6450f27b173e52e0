"""Seeded synthetic data for tests and the benchmark: square units and events.

Units are squares in UTM 38N (metres) so hand calculations stay simple.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

CRS = "EPSG:32638"
ORIGIN = (400_000.0, 3_700_000.0)


def square_units(nx: int, ny: int, size_m: float = 10_000.0, crs: str = CRS) -> gpd.GeoDataFrame:
    """``nx × ny`` square units, ids U0001… row by row from the south-west."""
    x0, y0 = ORIGIN
    cols, rows = np.meshgrid(np.arange(nx), np.arange(ny))
    minx = x0 + cols.ravel() * size_m
    miny = y0 + rows.ravel() * size_m
    boxes = shapely.box(minx, miny, minx + size_m, miny + size_m)
    ids = [f"U{i + 1:04d}" for i in range(nx * ny)]
    return gpd.GeoDataFrame(
        {
            "uid": ids,
            "uname": [f"Unit {i + 1}" for i in range(nx * ny)],
            "population": np.full(nx * ny, 50_000),
        },
        geometry=boxes,
        crs=crs,
    )


def random_events(
    n: int,
    units: gpd.GeoDataFrame,
    seed: int = 0,
    start: str = "2013-01-01",
    end: str = "2018-01-31",
) -> gpd.GeoDataFrame:
    """``n`` events uniformly inside the units' extent with dates, severity and a type."""
    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = units.total_bounds
    # Keep points off unit edges so counts do not depend on boundary rules.
    x = rng.uniform(minx, maxx, n)
    y = rng.uniform(miny, maxy, n)
    days = (pd.Timestamp(end) - pd.Timestamp(start)).days
    dates = pd.Timestamp(start) + pd.to_timedelta(rng.integers(0, days + 1, n), unit="D")
    return gpd.GeoDataFrame(
        {
            "date": dates.to_numpy(dtype="datetime64[ms]"),
            "best": rng.integers(0, 12, n),
            "kind": rng.choice(np.array(["attack", "ied", "clash"]), n),
        },
        geometry=shapely.points(x, y),
        crs=units.crs,
    )


def line_across(units: gpd.GeoDataFrame, at_fraction: float = 0.0) -> gpd.GeoDataFrame:
    """A vertical line at the west edge (or a fraction across) of the units' extent."""
    minx, miny, maxx, maxy = units.total_bounds
    x = minx + (maxx - minx) * at_fraction
    return gpd.GeoDataFrame(
        {"name": ["border"]}, geometry=[shapely.LineString([(x, miny), (x, maxy)])], crs=units.crs
    )


def six_criteria_model(as_of: str = "2018-01-31") -> dict:
    """The benchmark's six criteria: two windowed counts, a severity sum, a distance to
    lines, a unit attribute and a presence."""
    return {
        "riskmap_model": 1,
        "name": "Synthetic six",
        "as_of": as_of,
        "units": {
            "layer": "units",
            "id_field": "uid",
            "name_field": "uname",
            "population_field": "population",
        },
        "criteria": [
            {
                "id": "recent",
                "label": "Recent incidents",
                "layer": "events",
                "measure": "count",
                "date_field": "date",
                "window": {"days": 180},
                "weight": 3,
            },
            {
                "id": "year",
                "label": "Incidents in a year",
                "layer": "events",
                "measure": "count",
                "date_field": "date",
                "window": {"days": 365},
                "weight": 2,
            },
            {
                "id": "deaths",
                "label": "Fatalities",
                "layer": "events",
                "measure": "severity_sum",
                "field": "best",
                "weight": 2,
            },
            {
                "id": "border",
                "label": "Border",
                "layer": "border",
                "measure": "distance",
                "direction": "lower_is_riskier",
                "weight": 2,
            },
            {
                "id": "pop",
                "label": "Population",
                "measure": "attribute",
                "field": "population",
                "weight": 1,
            },
            {
                "id": "ied",
                "label": "IED presence",
                "layer": "events",
                "measure": "presence",
                "filter": {"field": "kind", "op": "==", "value": "ied"},
                "date_field": "date",
                "window": {"days": 30},
                "weight": 1,
            },
        ],
        "classes": {"method": "jenks", "count": 4},
        "areas": {"min_class": "Very high"},
    }
