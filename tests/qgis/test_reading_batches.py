"""The Arrow read in batches gives what one read of the whole layer gives.

``frames_arrow.BATCH_ROWS`` is made tiny so that every layer here spans many
batches (and batch edges fall inside runs of nulls, empty points and dates);
the reference is the read without pyarrow (pyogrio's plain read), which is the
fallback the plugin uses when pyarrow is absent.
"""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from qgis.core import QgsVectorLayer
from qgis_test_helpers import SAMPLE_MODEL, TYPED_FIELDS, needs_sample

from riskmap_plugin.qgis_adapter import frames, frames_arrow
from riskmap_plugin.qgis_adapter.reading import LayerReader
from riskmap_plugin.qgis_adapter.runner import run_model

pytest.importorskip("pyarrow")
STREAMED = [name for name, _ in TYPED_FIELDS if name != "flag"]


def _read(layer, columns, monkeypatch, *, arrow: bool, batch: int = 7):
    monkeypatch.setattr(frames, "HAS_ARROW", arrow)
    monkeypatch.setattr(frames_arrow, "BATCH_ROWS", batch)
    reader = LayerReader(layer, columns)
    return reader.read(), reader.take_wkb()


@pytest.mark.parametrize("batch", [1, 7, 49, 50, 10_000])
def test_batches_read_as_the_whole_layer(typed_gpkg_layer, monkeypatch, batch):
    batched, wkb = _read(typed_gpkg_layer, STREAMED, monkeypatch, arrow=True, batch=batch)
    whole, _ = _read(typed_gpkg_layer, STREAMED, monkeypatch, arrow=False)
    assert_geodataframe_equal(batched, whole, check_dtype=True, check_crs=True)
    if batch < 50:
        assert wkb.num_chunks == -(-50 // batch)  # really read in that many batches


def test_points_from_wkb_coordinates_equal_shapely_from_wkb(tmp_path, monkeypatch):
    rng = np.random.default_rng(3)
    xy = rng.uniform(-1e7, 1e7, (300, 2))
    frame = gpd.GeoDataFrame(
        {"best": np.arange(300)}, geometry=shapely.points(xy), crs="EPSG:32638"
    )
    frame.loc[[5, 150], "geometry"] = shapely.Point()  # empty points: the other way, per batch
    path = tmp_path / "points.gpkg"
    frame.to_file(path, layer="events", engine="pyogrio")
    layer = QgsVectorLayer(f"{path}|layername=events", "events", "ogr")
    batched, _ = _read(layer, ["best"], monkeypatch, arrow=True, batch=64)
    whole, _ = _read(layer, ["best"], monkeypatch, arrow=False)
    assert_geodataframe_equal(batched, whole, check_dtype=True)
    assert shapely.equals_exact(batched.geometry.values[:5], frame.geometry.values[:5], 0).all()


def test_time_zones_that_differ_between_batches_read_as_one_column(tmp_path, monkeypatch):
    # The first batch has one offset, the second mixed offsets (made UTC); GDAL 3.6's
    # Arrow stream also drops GeoJSON offsets: such a layer is read the plain way.
    stamps = ["2018-01-01T10:00:00+03:00"] * 4 + [
        "2018-01-02T10:00:00+03:00",
        "2018-01-02T10:00:00+00:00",
        "2018-01-02T10:00:00+01:00",
        "2018-01-02T10:00:00+03:00",
    ]
    features = [
        {
            "type": "Feature",
            "properties": {"stamp": stamp, "n": n},
            "geometry": {"type": "Point", "coordinates": [float(n), 0.0]},
        }
        for n, stamp in enumerate(stamps)
    ]
    path = tmp_path / "zones.geojson"  # GeoJSON keeps each offset as written
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    layer = QgsVectorLayer(str(path), "events", "ogr")
    assert LayerReader(layer, ["stamp"]).path == "fast"
    batched, _ = _read(layer, ["stamp", "n"], monkeypatch, arrow=True, batch=4)
    whole, _ = _read(layer, ["stamp", "n"], monkeypatch, arrow=False)
    assert_geodataframe_equal(batched, whole, check_dtype=True)


@needs_sample()
@pytest.mark.parametrize("batch_rows", [97, None], ids=["many batches", "one batch"])
def test_sample_run_in_batches_equals_the_run_without_pyarrow(qgis_app, monkeypatch, batch_rows):
    """Date windows, dyad filters and UCDP's precision rule count the same features, and the
    provenance hashes the same inputs, whether pyarrow reads them or not."""
    if batch_rows is not None:
        monkeypatch.setattr(frames_arrow, "BATCH_ROWS", batch_rows)
    monkeypatch.setattr(frames, "HAS_ARROW", True)
    batched = run_model(SAMPLE_MODEL)
    monkeypatch.setattr(frames, "HAS_ARROW", False)
    plain = run_model(SAMPLE_MODEL)
    hashes = [[i["content_hash"] for i in o.provenance["inputs"]] for o in (batched, plain)]
    assert hashes[0] == hashes[1]
    columns = [c for c in plain.result.units.columns if c != "geometry"]
    pd.testing.assert_frame_equal(
        pd.DataFrame(batched.result.units[columns]), pd.DataFrame(plain.result.units[columns])
    )
    assert batched.result.areas.drop(columns="geometry").equals(
        plain.result.areas.drop(columns="geometry")
    )
    assert batched.warnings == plain.warnings
