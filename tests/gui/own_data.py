"""An officer's own layers, not the sample's: a few districts, incidents and towns on disk.

Real GeoPackages written with geopandas; the fields are named as a UCDP extract would name
them, so the sample's presets can read them, but no value comes from the sample.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point, box

#: Lower-left corner of the 3 × 3 districts (degrees, EPSG:4326).
ORIGIN = (40.0, 30.0)
SIZE = 0.5


def write_own_data(folder: Path) -> dict[str, Path]:
    """Write districts.gpkg, incidents.gpkg and places.gpkg into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    cells = [
        box(
            ORIGIN[0] + i * SIZE,
            ORIGIN[1] + j * SIZE,
            ORIGIN[0] + (i + 1) * SIZE,
            ORIGIN[1] + (j + 1) * SIZE,
        )
        for j in range(3)
        for i in range(3)
    ]
    districts = gpd.GeoDataFrame(
        {
            # A float field first, as ArcGIS exports have: never the id.
            "Shape_Leng": [2.0 * (i + 1) for i in range(9)],
            "code": [f"D{i + 1:02d}" for i in range(9)],
            "district": [f"District {chr(65 + i)}" for i in range(9)],
        },
        geometry=cells,
        crs="EPSG:4326",
    )
    rng = np.random.default_rng(19)
    points, dates, best, prec = [], [], [], []
    as_of = dt.date(2020, 6, 30)
    for k, cell in enumerate(cells):
        # District k gets k + 1 incidents, spread over the last 150 days.
        for _ in range(k + 1):
            x0, y0, x1, y1 = cell.bounds
            points.append(
                Point(rng.uniform(x0 + 0.05, x1 - 0.05), rng.uniform(y0 + 0.05, y1 - 0.05))
            )
            dates.append(as_of - dt.timedelta(days=int(rng.integers(1, 150))))
            best.append(int(rng.integers(0, 4)))
            prec.append(1)
    incidents = gpd.GeoDataFrame(
        {
            "date_start": pd.to_datetime(dates),
            "best": best,
            "where_prec": prec,
            "dyad_name": ["Government of Iraq - IS"] * len(points),
        },
        geometry=points,
        crs="EPSG:4326",
    )
    places = gpd.GeoDataFrame(
        {
            "NAME": [f"Town {chr(65 + i)}" for i in range(9)],
            "POP_MAX": [1000 * (i + 1) for i in range(9)],
        },
        geometry=[c.centroid for c in cells],
        crs="EPSG:4326",
    )
    paths = {
        "districts": folder / "districts.gpkg",
        "incidents": folder / "incidents.gpkg",
        "places": folder / "ne_10m_populated_places.gpkg",
    }
    districts.to_file(paths["districts"], layer="districts", driver="GPKG")
    incidents.to_file(paths["incidents"], layer="incidents", driver="GPKG")
    places.to_file(paths["places"], layer="ne_10m_populated_places", driver="GPKG")
    return paths


def add_own_layers(project, paths: dict[str, Path]) -> dict[str, object]:
    """Add the three files to ``project`` under an officer's names; return the layers."""
    from qgis.core import QgsVectorLayer

    names = {
        "districts": "My districts",
        "incidents": "Incidents 2020",
        "places": "Populated places",
    }
    layers = {}
    for key, path in paths.items():
        layer = QgsVectorLayer(str(path), names[key], "ogr")
        assert layer.isValid(), path
        project.addMapLayer(layer)
        layers[key] = layer
    return layers


#: A small model on the officer's layers (incidents in 180 days, low-severity attacks).
OWN_MODEL = {
    "riskmap_model": 1,
    "name": "Own data check",
    "as_of": "2020-06-30",
    "units": {"layer": "districts", "id_field": "code", "name_field": "district"},
    "criteria": [
        {
            "id": "incidents",
            "label": "Incidents",
            "noun": "incidents",
            "layer": "incidents",
            "measure": "count",
            "date_field": "date_start",
            "window": {"days": 180},
            "normalise": "minmax",
            "weight": 2,
        },
        {
            "id": "small",
            "label": "Small attacks",
            "noun": "attacks",
            "layer": "incidents",
            "measure": "low_severity_count",
            "field": "best",
            "threshold": 2,
            "date_field": "date_start",
            "window": {"days": 90},
            "filter": [{"field": "where_prec", "op": "<=", "value": 2}],
            "normalise": "minmax",
            "weight": 1,
        },
    ],
    "classes": {"method": "quantiles", "count": 3, "labels": ["Low", "Moderate", "High"]},
}
