"""Small model runs on square units for the measure tests (see test_measures_*.py).

Three (or more) 10 km units side by side east of X0: U0001 [0,10) km, U0002 [10,20) km…
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely
from synthetic import CRS, ORIGIN, square_units

from riskmap_plugin.core import parse_model, score

X0, Y0 = ORIGIN


def points(coords, **columns) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        columns, geometry=shapely.points(np.array(coords, dtype=float)), crs=CRS
    )


def run(criteria, frames, units=None, as_of="2018-01-31", unit_keys=None, wording=None, **model):
    units = units if units is not None else square_units(3, 1)
    document = {
        "riskmap_model": 1,
        "name": "T",
        "as_of": as_of,
        "units": {
            "layer": "units",
            "id_field": "uid",
            "name_field": "uname",
            "population_field": "population",
            **(unit_keys or {}),
        },
        "criteria": criteria,
        **model,
    }
    extra = {"wording": wording} if wording is not None else {}
    return score(parse_model(document), {"units": units, **frames}, **extra)


def raw(result, criterion="c"):
    return result.units[f"{criterion}_raw"].tolist()


def at(x_km: float, y_km: float = 5.0) -> tuple[float, float]:
    return (X0 + x_km * 1000.0, Y0 + y_km * 1000.0)


def ucdp_events():
    """Seven events in U0001 with UCDP GED where_prec 1…6 and one without a code."""
    return points(
        [at(5)] * 7,
        where_prec=[1, 2, 3, 4, 5, 6, None],
        best=[1] * 7,
        date_start=["2017-12-01"] * 7,
        type_of_violence=[1] * 7,
    )


COUNT = {"id": "c", "label": "Incidents", "layer": "events", "measure": "count"}
