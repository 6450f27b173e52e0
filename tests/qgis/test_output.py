"""The GeoPackage writer: atomic replace, provenance, types, refusal to overwrite inputs."""

from __future__ import annotations

import datetime as dt
import os
from types import SimpleNamespace

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from shapely.geometry import MultiPolygon, box

from riskmap_plugin.core.errors import Canceled, DataError
from riskmap_plugin.qgis_adapter import output
from riskmap_plugin.qgis_adapter.output import read_provenance, write_result
from riskmap_plugin.qgis_adapter.provenance import content_hash


def _result(score_shift: float = 0.0) -> SimpleNamespace:
    """A ScoreResult-shaped object: the writer only needs the four frames."""
    units = gpd.GeoDataFrame(
        {
            "unit_id": ["IQ01", "IQ02", "IQ03"],
            "unit_name": ["Tal Afar", "Qaim", "Hawija"],
            "score": [80.5 + score_shift, 61.0, 12.0],
            "rank": [1, 2, 3],
            "class": ["high", "elevated", "low"],
            "low_coverage": [False, False, True],
            "drivers": ["31 incidents · 9 km from border", "", None],
        },
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), MultiPolygon([box(5, 5, 6, 6)])],
        crs="EPSG:32638",
    )
    areas = gpd.GeoDataFrame(
        {
            "area_id": [1],
            "name": ["Tal Afar"],
            "class": ["high"],
            "score_max": [80.5],
            "units": [["Tal Afar", "Qaim"]],
            "n_units": [2],
        },
        geometry=[box(0, 0, 2, 1)],
        crs="EPSG:32638",
    )
    watch = gpd.GeoDataFrame(
        {"unit_id": ["IQ03"], "unit_name": ["Hawija"], "score": [12.0], "reason": ["rising"]},
        geometry=[MultiPolygon([box(5, 5, 6, 6)])],
        crs="EPSG:32638",
    )
    criteria = pd.DataFrame(
        {"id": ["incidents"], "label": ["Security incidents"], "weight": [2.0]},
    )
    return SimpleNamespace(units=units, areas=areas, watch_list=watch, criteria=criteria)


PROVENANCE = {"as_of": "2018-01-01", "model": {"name": "test"}, "inputs": [{"source": "events"}]}


def test_writes_three_layers_criteria_and_provenance(tmp_path):
    path = write_result(_result(), tmp_path / "out.gpkg", provenance=PROVENANCE)
    layers = [name for name, _ in pyogrio.list_layers(path)]
    assert layers == ["units", "areas", "watch_list", "criteria", "riskmap_provenance"]
    assert read_provenance(path) == PROVENANCE
    units = pyogrio.read_dataframe(path, layer="units")
    assert units["rank"].dtype.kind == "i"  # integers stay integers
    assert units["unit_name"].tolist() == ["Tal Afar", "Qaim", "Hawija"]
    assert units.crs.to_epsg() == 32638
    areas = pyogrio.read_dataframe(path, layer="areas")
    assert areas.loc[0, "units"] == "Tal Afar; Qaim"  # lists become text
    assert areas["n_units"].dtype.kind == "i"
    info = pyogrio.read_info(path, layer="units")
    assert info["geometry_type"] == "MultiPolygon"  # mixed polygons promoted


def test_opening_a_result_in_qgis_leaves_nothing_beside_it(tmp_path):
    """GDAL 3.10 (QGIS 3.40+) copies dataset metadata into <file>.aux.xml on opening."""
    from qgis.core import QgsVectorLayer

    path = write_result(_result(), tmp_path / "out.gpkg", provenance=PROVENANCE)
    for table in ("units", "areas", "watch_list"):
        layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        assert layer.isValid() and layer.featureCount() > 0
        del layer
    assert os.listdir(tmp_path) == ["out.gpkg"]
    assert read_provenance(path) == PROVENANCE, "the provenance table holds all of it"


def _snapshot(folder):
    return sorted(os.listdir(folder))


def test_failure_mid_write_leaves_previous_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "out.gpkg"
    write_result(_result(), path, provenance=PROVENANCE)
    before_bytes = path.read_bytes()
    before_listing = _snapshot(tmp_path)
    real_write = output._write_table
    calls = []

    def failing_write(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 2:
            raise OSError("disk full (injected)")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(output, "_write_table", failing_write)
    with pytest.raises(OSError, match="injected"):
        write_result(_result(score_shift=5), path, provenance=PROVENANCE)
    assert calls == ["units", "areas"]
    assert path.read_bytes() == before_bytes
    assert _snapshot(tmp_path) == before_listing  # no temporary file left


def test_cancel_writes_nothing(tmp_path):
    path = tmp_path / "out.gpkg"
    answers = iter([False, True])
    with pytest.raises(Canceled):
        write_result(_result(), path, is_canceled=lambda: next(answers))
    assert _snapshot(tmp_path) == []


def test_success_replaces_previous_file(tmp_path):
    path = tmp_path / "out.gpkg"
    write_result(_result(), path)
    write_result(_result(score_shift=5), path)
    units = pyogrio.read_dataframe(path, layer="units")
    assert units.loc[0, "score"] == pytest.approx(85.5)
    assert _snapshot(tmp_path) == ["out.gpkg"]


def test_refuses_to_write_over_an_input(tmp_path):
    source = tmp_path / "inputs.gpkg"
    write_result(_result(), source)
    before = source.read_bytes()
    with pytest.raises(DataError, match="one of the run's input files"):
        write_result(_result(score_shift=1), source, input_paths=[str(source)])
    assert source.read_bytes() == before


def test_output_must_be_a_geopackage(tmp_path):
    with pytest.raises(DataError, match=r"\.gpkg"):
        write_result(_result(), tmp_path / "out.shp")


def test_content_hash_sees_values_geometry_and_order():
    frame = _result().units
    assert content_hash(frame) == content_hash(frame.copy())
    changed = frame.copy()
    changed.loc[0, "score"] = 80.6
    assert content_hash(changed) != content_hash(frame)
    moved = frame.copy()
    moved.geometry = moved.geometry.translate(1, 0)
    assert content_hash(moved) != content_hash(frame)
    assert content_hash(frame.iloc[::-1]) != content_hash(frame)
    dates = pd.DataFrame({"d": pd.to_datetime([dt.date(2018, 1, 1), None])})
    assert content_hash(dates) == content_hash(dates.copy())
